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
  ])('is true for an incident or system another company owns: %s', (raw) => {
    expect(check(raw)).toBe(true);
  });

  it.each([
    'Halcyon said the intrusion at its depot in Leeds was contained.',
    'The group said the attack on its network began on Saturday.',
    "L'attaque contre les serveurs de Paris a été contenue.",
    "The company informed the Information Commissioner's Office of the breach.",
    'Deliveries were delayed across the network of Halcyon Pharma.',
  ])('is false when the sentence names the subject, speaks of it, or names a place or a regulator: %s', (raw) => {
    expect(check(raw)).toBe(false);
  });
});
