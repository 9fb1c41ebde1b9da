import { escapePattern as escape } from '../text/escape-pattern';

/** Titles and roles of people: "le PDG Stéphane Richard a assuré", "Jane Doe, an analyst at...". */
const PERSON_TITLES = String.raw`(?:PDG|CEO|CFO|DG|président|présidente|directeur|directrice|chief executive|chairman|chairwoman|analyst|analyste|spokesman|spokeswoman|porte-parole|M\.|Mr\.?|Mrs\.?|Ms\.?|Mme|Dr\.?|Senator|sénateur)`;

/** A name the article gives a person's title or role anywhere: "le PDG Stéphane Richard", "Jane Doe, an analyst at...". */
export function isPerson(text: string, name: string): boolean {
  if (!name.includes(' ') && isSurname(text, name)) return true;
  if (new RegExp(String.raw`^${PERSON_TITLES}\s`, 'iu').test(name)) return true;
  const titled = new RegExp(
    String.raw`(?<![\p{L}])${PERSON_TITLES}\s${escape(name)}|${escape(name)},\s(?:an?\s|the\s|le\s|la\s)?${PERSON_TITLES}(?![\p{L}])`,
    'iu',
  );
  return titled.test(text);
}

/**
 * Capitalised words that are no first name: a product named with a possessive ("My Acme app"), an article, or
 * the trade a company's name opens on ("Assurances Pradel", "Résidences Aubin", "Banque Morel").
 */
const NOT_FIRST_NAMES = String.raw`(?:My|Our|Your|Their|His|Her|Its|The|This|That|New|Mon|Ma|Mes|Notre|Nos|Votre|Vos|Le|La|Les|Un|Une|Assurances|Banque|Mutuelle|Compagnie|Laboratoires|Transports|Éditions|Établissements|Ateliers|Chantiers|Résidences|Cliniques|Hôtels|Brasseries|Cartonneries|Papeteries|Fonderies|Verreries|Distilleries|Industries|Constructions|Pharmacies|Magasins|Maisons)`;

/** A word written elsewhere after a first name ("Jane Doe said" ... "Doe said") names a person. */
function isSurname(text: string, word: string): boolean {
  return new RegExp(String.raw`(?<![\p{L}])(?!${NOT_FIRST_NAMES}\s)\p{Lu}\p{Ll}+\s${escape(word)}(?![\p{L}])`, 'u').test(text);
}
