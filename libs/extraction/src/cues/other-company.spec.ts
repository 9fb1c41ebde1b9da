import { findRegulators } from '../regulators/find-regulators';
import { foldText } from '../text/fold';
import { isAboutOtherCompany } from './other-company';

const subject = new Set(['halcyon', 'pharma']);
const check = (raw: string) => isAboutOtherCompany(raw, foldText(raw), subject, findRegulators(foldText(raw), raw));

describe('isAboutOtherCompany', () => {
  it.each([
    'The attack follows a similar intrusion at Brenmoor Healthcare, which closed its warehouses.',
    "En France, l'attaque a notamment mis hors service la messagerie de Saint-Gobain.",
    'Une cyberattaque visant Corvel Industries avait paralysé la production.',
    '9h34 - Cyberattaque chez Boulanger Frères.',
    '14:05 Outage at Westgate Logistics, the parcel carrier.',
    'Attaque contre Corvel Industries : la production est arrêtée.',
  ])('is true for an incident or system another company owns: %s', (raw) => {
    expect(check(raw)).toBe(true);
  });

  it.each([
    'Halcyon said the intrusion at its depot in Leeds was contained.',
    'The group said the attack on its network began on Saturday.',
    "L'attaque contre les serveurs de Paris a été contenue.",
    "The company informed the Information Commissioner's Office of the breach.",
    'Deliveries were delayed across the network of Halcyon Pharma.',
    '10:20 Attack on Halcyon: the depot is closed.',
    'Cyberattaque chez Halcyon : les usines sont arrêtées.',
  ])('is false when the sentence names the subject, speaks of it, or names a place or a regulator: %s', (raw) => {
    expect(check(raw)).toBe(false);
  });

  it('is true for a sentence naming another company the article found, unless it speaks of the subject first', () => {
    const raw = 'Rival Castlegate Engineering said it had been hit by a cyber attack.';
    const folded = foldText(raw);
    expect(isAboutOtherCompany(raw, folded, subject, [], [6])).toBe(true);
    const ours = 'The group said its own network was safe, unlike Castlegate Engineering.';
    expect(isAboutOtherCompany(ours, foldText(ours), subject, [], [ours.indexOf('Castlegate')])).toBe(false);
    const pronoun = 'It said the attack resembled the one Castlegate Engineering suffered.';
    expect(isAboutOtherCompany(pronoun, foldText(pronoun), subject, [], [pronoun.indexOf('Castlegate')])).toBe(false);
  });
});
