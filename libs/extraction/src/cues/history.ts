/**
 * Sentences set in an earlier year ("In 2021 the company suffered...", "Déjà en 2022, le groupe avait
 * dû...", "was hit by a smaller incident in 2022"): background, not what the article discloses. Only a
 * bare year counts, or one with its part ("in late 2024", "début 2023") or season ("au printemps 2023", "in the
 * summer of 2024") ("in December 2024" or "since
 * 2020" may still be about the incident or the move); and not one that dates a participle ("une
 * procédure engagée en 2020", "operations carried out in 2023"): that year describes a thing, not the
 * time of the sentence.
 */
const BARE_YEAR =
  /(?:^|(\S*)\s)(?:(?:in|en|back in|des|as early as|during)\s(?:(?:late|early|mid-?|fin|debut|mi-)\s?)?|(?:in|during|au|a l'|en|des l'|des le)\s?(?:the\s)?(?:spring|summer|autumn|fall|winter|printemps|ete|automne|hiver)(?:\sof|\sde)?\s)((?:19|20)\d{2})\b(?!\s*-)/g;
const SENTENCE_START_YEAR = /^\W*(?:(?:deja|already|back|et|and|but|mais)\s)?(?:in|en|des|during)\s((?:19|20)\d{2})\b/;
const PARTICIPLE =
  /(?:ee|ees|ed|^(?:lance|engage|ouvert|realise|signe|cree|fonde|acquis|initie|entame|annonce|conclu|emis|publie|rachete|introduit|cote|out|made|set|begun|held)(?:es?|s)?)$/;

/** The year opens a clause of its own time ("a cut made in 2025, when the group lowered…", "en 2024, lorsque"): set in it, participle or not. */
const WHEN_AFTER = /^,?\s(?:when|lorsque|lorsqu'|quand)/;

/**
 * An earlier year counted back from now: "two years ago", "il y a trois ans", and the year before the news as the
 * time of a verb ("reopened last year", "a réalisé l'an dernier"), not a comparison ("than last year", "contre
 * l'an dernier"), a holding ("last year's dividend"), a month's date ("in September last year", left to the dates) or a span up to now ("since last year", "depuis l'an dernier").
 */
const YEARS_AGO =
  /\b(?:(?:[\w-]+ )?years ago|il y a (?:[\w-]+ )?ans)\b|(?<!\b(?:than|with|on|versus|vs|from|since|against|over|to|of|at|as|in|de|a|sur|depuis|contre|que|qu'|rapport a|january|february|march|april|may|june|july|august|september|october|november|december|janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre) )\b(?:last year(?!'s)|l'an (?:dernier|passe)|l'annee (?:derniere|passee))\b/;

/**
 * A participle with its agent before "last year" ("le service déployé par le groupe l'an dernier", "the app launched by its
 * subsidiary last year"), or a French participle of setting up ("la plateforme lancée l'an dernier"): the year dates the
 * thing, not the sentence. After an auxiliary ("a été piratée l'an dernier", "was hacked last year") it is the time of the verb.
 */
const BEFORE_LAST_YEAR =
  /(?:^|\s)([\w'-]+)\s([a-z-]+(?:\s(?:out|en place|en service))?)\s(?:(par|by)\s(?:le |la |l'|les |the |its |their |a |an |un |une )?[\w-]+\s)?$/;
const AUXILIARY = /^(?:ete|etre|was|were|been|be|is|are|has|have|had|a|ont|avait|avaient|est|sont|etait|etaient)$/;
/** What a company sets up, in French: the participle alone describes the thing ("la plateforme déployée l'an dernier"). */
const SET_UP = /^(?:deploye|installe|instaure|adopte|lance|ouvert|mis en (?:place|service)|constitue|comptabilise)(?:e|es|s)?$/;
/** In English, a thing set up named with its article: "a provision booked last year", "the tool launched last year". */
const EN_SET_UP =
  /\b(?:a|an|the|its|their|our|this|that)\s(?!(?:company|group|firm|bank|insurer|business|retailer|lender)\s)[\w-]+\s(?:booked|recognised|recognized|set aside|launched|introduced|deployed|installed|signed|agreed|issued|acquired|completed)\s$/;

function datesAThing(beforeLastYear: string): boolean {
  if (EN_SET_UP.test(beforeLastYear)) return true;
  const match = BEFORE_LAST_YEAR.exec(beforeLastYear);
  if (!match || AUXILIARY.test(match[1])) return false;
  return match[3] ? PARTICIPLE.test(match[2]) || SET_UP.test(match[2]) : SET_UP.test(match[2]);
}

/** The year the article is written in: the publication year, else the latest year the text names. */
export function currentYearOf(foldedText: string, publishedOn: string | null): number | null {
  if (publishedOn) return Number(publishedOn.slice(0, 4));
  const years = [...foldedText.matchAll(/\b((?:19|20)\d{2})\b/g)].map((match) => Number(match[1]));
  return years.length > 0 ? Math.max(...years) : null;
}

/**
 * `newsDayAt`: where the sentence first names a day of the article's year ("a infligé mercredi une amende"). A
 * year after it is a detail of the news ("... lui reprochant ses résultats en 2023", "fined on Tuesday over
 * failings in 2021"), not the time of the sentence; a sentence that opens on the year is still set in it.
 */
export function isEarlierYear(foldedSentence: string, currentYear: number | null, newsDayAt = Infinity): boolean {
  const yearsAgo = YEARS_AGO.exec(foldedSentence);
  if (yearsAgo && yearsAgo.index < newsDayAt && !datesAThing(foldedSentence.slice(0, yearsAgo.index))) return true;
  if (currentYear === null) return false;
  const opening = SENTENCE_START_YEAR.exec(foldedSentence);
  if (opening) return Number(opening[1]) < currentYear;
  return [...foldedSentence.matchAll(BARE_YEAR)].some(
    (match) =>
      Number(match[2]) < currentYear &&
      (!PARTICIPLE.test(match[1] ?? '') || WHEN_AFTER.test(foldedSentence.slice((match.index ?? 0) + match[0].length))) &&
      (match.index ?? 0) < newsDayAt,
  );
}
