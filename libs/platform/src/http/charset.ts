import { ACCEPTED_MEDIA_TYPE, unsupportedBody } from './request-body-problems';

/** Refuses (415) a body declared in any charset but UTF-8; a body without a declared charset is read as UTF-8. */
export function requireUtf8Charset(contentType: string | undefined): void {
  const charset = charsetOf(contentType ?? '');
  if (charset !== undefined && charset.toLowerCase() !== 'utf-8') {
    throw unsupportedBody(`charset "${charset}" is not supported: send the body as UTF-8 (${ACCEPTED_MEDIA_TYPE})`);
  }
}

function charsetOf(contentType: string): string | undefined {
  for (const parameter of contentType.split(';').slice(1)) {
    const separator = parameter.indexOf('=');
    if (separator < 0 || parameter.slice(0, separator).trim().toLowerCase() !== 'charset') continue;
    return parameter
      .slice(separator + 1)
      .trim()
      .replace(/^"(.*)"$/, '$1');
  }
  return undefined;
}
