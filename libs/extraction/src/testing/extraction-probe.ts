import { extract } from '../extract';
import { Proposal } from '../model';

/** What extraction proposes for a text published on a given day (null: no day), as specs read it. */
export function extractionProbe(publishedOn: string | null = null) {
  const proposalsOf = (text: string, on: string | null = publishedOn): Proposal[] => extract({ text, publishedOn: on }).proposals;
  const ofType = (proposals: Proposal[], type: string) => proposals.filter((proposal) => proposal.type === type);
  return {
    proposalsOf,
    ofType,
    typesOf: (text: string, on: string | null = publishedOn) => proposalsOf(text, on).map((proposal) => proposal.type),
    /** The authorities of a text's proposals of one type: notified, unless told otherwise. */
    regulatorsOf: (text: string, type = 'RegulatorNotified') => ofType(proposalsOf(text), type).map((proposal) => proposal.facts.regulator),
  };
}
