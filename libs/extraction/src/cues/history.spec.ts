import { foldText } from '../text/fold';
import { currentYearOf, isEarlierYear } from './history';

describe('sentences set in an earlier year', () => {
  const earlier = (text: string, year: number | null = 2025) => isEarlierYear(foldText(text), year);

  it.each([
    ['In 2021 the company suffered a cyber attack that closed its booking system.', true],
    ['Déjà en 2022, le groupe avait dû indemniser des clients.', true],
    ['The retailer was hit by a smaller phishing incident in 2022, which did not affect trading.', true],
    ["Lorvelle avait déjà été victime d'une attaque informatique en 2020.", true],
    ['In 2025 the company detected an intrusion.', false],
    ['Shares fell 11.4% to 96.5p, their lowest level since 2020.', false],
    ['une enquête portant sur des opérations de couverture réalisées en 2023', false],
    ["l'Autorité a clos la procédure engagée en 2020 contre le groupe", false],
    ["un accord mettant fin à l'enquête ouverte en 2021 sur ses ventes", false],
    ['The attack was detected in December 2024.', false],
    ['The upgrade undoes a cut made in 2023, when the group lowered its forecast after a strike.', true],
    ['Ce relèvement efface la baisse annoncée en 2023, lorsque le groupe avait réduit sa prévision.', true],
    ['Guidance was raised, recovering ground lost in 2024 when orders slumped.', true],
    ['une enquête portant sur des opérations réalisées en 2023, dont le groupe conteste le montant', false],
    ['Its flagship depot reopened last year after a refit.', true],
    ["Le site avait rouvert l'an dernier après des travaux.", true],
    ["The board will hold the dividend at last year's 4.2p.", false],
    ['Online sales fell 8% compared with last year.', false],
    ["Les ventes reculent de 5 % par rapport à l'an dernier.", false],
    ['Data was taken between May and July last year.', false],
    ['Some 200 jobs have gone since last year.', false],
  ])('"%s": %s', (text, expected) => {
    expect(earlier(text)).toBe(expected);
  });

  it('does not set a sentence in a year named after the day of its news, unless it opens on that year', () => {
    const text = 'The FCA fined the bank on Tuesday over failings in 2021.';
    expect(isEarlierYear(foldText(text), 2025, text.indexOf('Tuesday'))).toBe(false);
    expect(isEarlierYear(foldText(text), 2025)).toBe(true);
    expect(isEarlierYear(foldText('In 2021 the FCA fined the bank on a Tuesday.'), 2025, 30)).toBe(true);
  });

  it('takes the publication year, else the latest year the article names, else none', () => {
    expect(currentYearOf('in 2019 and 2023', '2024-05-01')).toBe(2024);
    expect(currentYearOf('in 2019 and 2023', null)).toBe(2023);
    expect(currentYearOf('no year here', null)).toBeNull();
    expect(earlier('In 2021 the company was hacked.', null)).toBe(false);
  });
});
