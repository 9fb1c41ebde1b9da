/** One media range of an Accept header, e.g. `application/*;q=0.5`. */
interface MediaRange {
  type: string;
  subtype: string;
  q: number;
  /** Place in the header: among equal q-values, the client's first choice wins. */
  index: number;
}

const Q_VALUE = /^(0(\.\d{0,3})?|1(\.0{0,3})?)$/;

/** The media ranges of an Accept header, lower-cased; malformed ranges are skipped. */
export function parseAccept(accept: string): MediaRange[] {
  return accept.split(',').flatMap((part, index) => {
    const [range, ...parameters] = part.split(';').map((piece) => piece.trim().toLowerCase());
    const [type, subtype, ...rest] = range.split('/');
    if (!type || !subtype || rest.length > 0 || (type === '*' && subtype !== '*')) return [];
    const qParameter = parameters.find((parameter) => /^q\s*=/.test(parameter));
    const qText = qParameter?.replace(/^q\s*=\s*/, '');
    if (qText !== undefined && !Q_VALUE.test(qText)) return [];
    return [{ type, subtype, q: qText === undefined ? 1 : Number(qText), index }];
  });
}

/**
 * Which of `offers` the client prefers (RFC 9110 §12.5.1): each offer takes the q-value of the most
 * specific range that matches it; the highest q wins, then the range the client listed first, then
 * the first offer. An offer may go by several media types (aliases). Undefined when none is acceptable;
 * no (or a blank) Accept header accepts anything.
 */
export function preferredOffer<T>(accept: string | undefined, offers: readonly { value: T; mediaTypes: readonly string[] }[]): T | undefined {
  if (accept === undefined || accept.trim() === '') return offers[0]?.value;
  const ranges = parseAccept(accept);
  let best: { value: T; q: number; index: number } | undefined;
  for (const offer of offers) {
    for (const mediaType of offer.mediaTypes) {
      const match = bestMatch(ranges, mediaType.toLowerCase());
      if (match === undefined || match.q === 0) continue;
      if (best === undefined || match.q > best.q || (match.q === best.q && match.index < best.index))
        best = { value: offer.value, q: match.q, index: match.index };
    }
  }
  return best?.value;
}

function bestMatch(ranges: MediaRange[], mediaType: string): MediaRange | undefined {
  const [type, subtype] = mediaType.split('/');
  const specificity = (range: MediaRange) =>
    range.type === type && range.subtype === subtype ? 2 : range.type === type && range.subtype === '*' ? 1 : range.type === '*' ? 0 : -1;
  return ranges.filter((range) => specificity(range) >= 0).sort((a, b) => specificity(b) - specificity(a) || a.index - b.index)[0];
}
