import { IsUrl } from 'class-validator';
import { OneOf, Optional, Pattern, Text } from '../validation/decorators';

export const SOURCE_KINDS = ['news', 'filing', 'press-release', 'manual'] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

/** BCP 47 language tag, the usual subset: language, optional script, optional region (fr, en-GB, zh-Hant-TW). */
const LANGUAGE_TAG = /^[a-z]{2,3}(?:-[A-Z][a-z]{3})?(?:-(?:[A-Z]{2}|\d{3}))?$/;

/** Where a disclosure was read. */
export class DisclosureSource {
  @OneOf(SOURCE_KINDS) kind: SourceKind;
  @Optional() @Text() publisher?: string;
  @Optional()
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true }, { message: 'url must be an http or https URL' })
  url?: string;
  @Optional() @Text() title?: string;
  @Optional() @Pattern(LANGUAGE_TAG, 'a BCP 47 language tag like "fr" or "en-GB"') language?: string;
}
