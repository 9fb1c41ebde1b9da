import { SentenceView } from '../article';
import { findRegulators } from '../regulators/find-regulators';
import { Trigger } from './triggers';

/**
 * The company's own work, not a regulator's: "its internal investigation", "hired X to lead the investigation",
 * and the one authorities help with ("to support its investigation", "l'accompagne dans ses investigations").
 */
const OWN_WORK =
  /\b(?:(?:internal|interne|own|propres?|lead|mener|menee?s?|assist with|help|forensic|technical)\s(?:[\w-]+\s)?|(?:support\w*|assist\w*|help\w*|aid\w*|accompagn\w*|appui\w*|aide\w*|soutien\w*)\s(?:(?:with|in|on|the|its|their|dans|a|en|ses|leurs?|son|sa|company's|group's)\s){1,3}(?:(?:own|internal|propres?|interne)\s)?)$/;
/**
 * Work the company commissions is its own: "commissioned an independent review of its procedures", "brought in a
 * consultancy to review how the migration was carried out", "a mandaté un cabinet pour auditer".
 */
const COMMISSIONED = /\b(?:commission\w*|command\w*)\s(?:an?|the|its|une?|un|son|sa)\s(?:[\w-]+\s){0,2}?$/;
const HIRED_FOR =
  /\b(?:engaged|hired|retained|brought in|called in|appointed|commissioned|instructed|mandate\w*|missionne\w*|fait appel a)\s[^.;]{0,80}?\b(?:to|pour|afin d(?:e\s|'))\s?$/;
/** The company's own work named after the probe word: "l'enquête interne", "l'enquête technique", "an investigation carried out internally". */
const OWN_WORK_AFTER =
  /^\s(?:internes?|en interne|internally|techniques?|forensiques?|numeriques?|(?:carried out|conducted|led|menee?s?|conduite?s?) (?:internally|en interne|par (?:le groupe|la societe|l'entreprise)|by the (?:company|group)))\b/;
/** An authority helping, before the company's probe word or after it: "l'Anssi appuie le groupe dans son enquête". */
const HELPING = /\b(?:support\w*|assist\w*|help\w*|aid(?:s|ed|ing)?|accompagn\w*|appui\w*|aide\w*|soutien\w*|epaul\w*)\b/;
/** "its investigation, which is supported by the NCSC", "son enquête, menée avec l'appui de l'Anssi". */
const HELPED_BY =
  /\b(?:(?:supported|assisted|helped|aided|backed) by|with the (?:help|support|assistance|backing) of|avec l'(?:aide|appui|assistance|soutien) de|(?:appuyee?|aidee?|soutenue?|accompagnee?|epaulee?)s? par)\b/;
/** The company's probe word: "its investigation", "the group's inquiry", "son enquête". */
const POSSESSED = /\b(?:its|their|son|sa|ses|leurs?|(?:the )?(?:company|group|firm|bank|insurer|retailer|operator)'s)\s(?:[\w-]+\s)?$/;

/** The company investigating itself, named by a pronoun or a reference: "says it is investigating whether", "nous enquêtons". */
const OWN_SUBJECT =
  /\b(?:it|we|il|elle|nous|the (?:company|group|firm)|le groupe|la societe)\s(?:(?:is|are|was|were|has been|have been|had been)\s(?:still\s|now\s|also\s)?)?$/;

/** The probe word names a kind of firm: "cabinet d'investigation numérique", "investigation firm". */
const FIRM_BEFORE = /\b(?:cabinet|societe|firme|entreprise|prestataire|specialiste|experts?)s? (?:d'|de |en )$/;
const FIRM_AFTER = /^(?:\s[\w-]+)?\s(?:firms?|compan(?:y|ies)|specialists?|experts?|consultants?|services|teams?)\b/;

/** A probe word that is not the company's own work nor part of a firm's description. */
export function isRegulatorsWork(sentence: SentenceView, trigger: Trigger): boolean {
  const before = sentence.folded.slice(Math.max(0, trigger.index - 30), trigger.index);
  const helped =
    POSSESSED.test(before) &&
    (HELPING.test(sentence.folded.slice(Math.max(0, trigger.index - 60), trigger.index)) || HELPED_BY.test(sentence.folded.slice(trigger.end)));
  const after = sentence.folded.slice(trigger.end, trigger.end + 40);
  const commissioned = COMMISSIONED.test(before) || HIRED_FOR.test(sentence.folded.slice(Math.max(0, trigger.index - 120), trigger.index));
  const ownSubject = sentence.attribution === 'subject' && OWN_SUBJECT.test(before) && !regulatorActsBefore(sentence, trigger.index);
  return (
    !helped && !commissioned && !ownSubject && !OWN_WORK.test(before) && !OWN_WORK_AFTER.test(after) && !FIRM_BEFORE.test(before) && !FIRM_AFTER.test(after)
  );
}

/** An authority told or worked with is an object ("reported it to the ICO"); one named otherwise may be what "it" stands for. */
const AS_OBJECT =
  /\b(?:to|with|told|informed|notified|alerted|contacted|a|au|aux|aupres d(?:e|u|es)|avec|informe|notifie|prevenu|alerte)\s(?:the\s|l'|la\s|le\s)?$/;

/** "after the FTC took the step of confirming that it is investigating": an authority acting before the pronoun. */
function regulatorActsBefore(sentence: SentenceView, index: number): boolean {
  return findRegulators(sentence.folded, sentence.raw).some(
    (mention) => mention.index < index && !AS_OBJECT.test(sentence.folded.slice(Math.max(0, mention.index - 20), mention.index)),
  );
}
