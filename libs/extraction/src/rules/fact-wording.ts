import { Language } from '../language';

/**
 * The value of a fact the article leaves unnamed, in the article's language. A complaint whose authority
 * the text does not name is recorded as such, not as a guess at the police (the labelling conventions).
 */
export const UNNAMED_COMPLAINT_AUTHORITY: Record<Language, string> = {
  en: 'complaint filed (authority not named)',
  fr: 'plainte déposée (autorité non précisée)',
};
