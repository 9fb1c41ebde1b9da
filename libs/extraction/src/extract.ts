import { readArticle } from './article';
import { isNamedAsAdviser } from './companies/adviser-names';
import { findCompanies } from './companies/find-companies';
import { CompanyMention } from './companies/known-company';
import { subjectWordsOf } from './companies/subject-company';
import { detectAdvisers } from './detectors/advisers';
import { detectBreach } from './detectors/breach';
import { detectDataExposure } from './detectors/data-exposure';
import { Detector } from './detectors/detector';
import { detectGuidance } from './detectors/guidance';
import { detectOperationalImpact } from './detectors/operational-impact';
import { detectOtherDisclosure } from './detectors/other-disclosure';
import { detectRegulatorNotified } from './detectors/regulator-notified';
import { detectRegulatoryProbe } from './detectors/regulatory-probe';
import { detectSharePrice } from './detectors/share-price';
import { detectSystemsOffline } from './detectors/systems-offline';
import { detectSystemsRestored } from './detectors/systems-restored';
import { detectLanguage } from './language';
import { ExtractInput, ExtractResult, Proposal } from './model';
import { proposalDisclosureId } from './proposals/disclosure-id';
import { mergeCandidates } from './proposals/merge';
import { validFacts } from './proposals/valid-facts';
import { datelineOf, publicationDay } from './publication-date';
import { foldText } from './text/fold';
import { quoteOf } from './text/span';

const DETECTORS: Detector[] = [
  detectBreach,
  detectSystemsOffline,
  detectAdvisers,
  detectRegulatorNotified,
  detectSystemsRestored,
  detectOperationalImpact,
  detectRegulatoryProbe,
  detectDataExposure,
  detectGuidance,
  detectSharePrice,
  detectOtherDisclosure,
];

/**
 * Reads a news article (French or English) into proposed disclosures, each with the sentences that
 * support it. Sentence by sentence, each detector looks for its type's words, drops what is denied or
 * hedged, and reads the facts; sentences about the same disclosure are then merged.
 */
export function extract(input: ExtractInput): ExtractResult {
  const { text } = input;
  const language = input.language ?? detectLanguage(text);
  const publishedOn = publicationDay(input.publishedOn) ?? datelineOf(text);
  const companies = findCompanies(text, input.companies ?? []);
  const folded = foldText(text);
  // Other companies the article surely names: registered, named in several words, or more than once.
  const surelyNamed = (company: CompanyMention) => company.registered || company.name.includes(' ') || company.mentions.length > 1;
  const otherCompanyAt = companies
    .slice(1)
    .filter(surelyNamed)
    .flatMap((company) => company.mentions.map((mention) => mention.start))
    .filter((start) => !isNamedAsAdviser(folded, start));
  const article = readArticle(text, language, publishedOn, subjectWordsOf(companies), otherCompanyAt);
  const candidates = article.sentences.flatMap((sentence) => DETECTORS.flatMap((detect) => detect(sentence, article)));
  const ids = new Set<string>();
  const proposals = mergeCandidates(candidates, publishedOn).flatMap((merged): Proposal[] => {
    const facts = validFacts(merged.type, merged.facts);
    if (!facts) return [];
    let disclosureId = proposalDisclosureId(text, merged.type, merged.evidence, merged.key);
    for (let n = 2; ids.has(disclosureId); n++) disclosureId = proposalDisclosureId(text, merged.type, merged.evidence, `${merged.key}#${n}`);
    ids.add(disclosureId);
    return [
      {
        disclosureId,
        type: merged.type,
        occurredOn: merged.occurredOn,
        facts,
        evidence: merged.evidence.map((span) => quoteOf(text, span)),
        confidence: merged.confidence,
        ...(merged.computed.length > 0 ? { computedFacts: merged.computed } : {}),
      },
    ];
  });
  return { language, companies, proposals };
}
