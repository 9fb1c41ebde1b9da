import { extractionProbe } from './testing/extraction-probe';

/** Systems taken offline named by a noun ("the shutdown of", "l'arrêt de"); sentences written for this spec. */
const { typesOf } = extractionProbe('2028-05-16');

const NOMINAL_SHUTDOWNS = [
  'Acme Freight was hit by a cyber attack. The disconnection of its depot and billing servers came within the hour.',
  'Norvale SA a subi une cyberattaque. Le groupe a décidé l’arrêt de la totalité de ses serveurs de production.',
  'Norvale SA a subi une cyberattaque. La coupure du site et de l’application de commande a suivi mardi.',
];

test('a stop told as a noun, in both languages, is systems taken offline', () => {
  for (const text of NOMINAL_SHUTDOWNS) expect({ text, types: typesOf(text) }).toEqual({ text, types: expect.arrayContaining(['SystemsTakenOffline']) });
});
