import { findCompanies } from './find-companies';
import { initialsOf } from './initials';

describe('initials', () => {
  it('takes the capitals of a name, small words and legal forms left out', () => {
    expect(initialsOf('Brevan Armor Santé SE')).toBe('BAS');
    expect(initialsOf('Compagnie des Eaux et Énergies Garonne-Adour')).toBe('CEEGA');
    expect(initialsOf('Tréfileries Rault-Kerlan')).toBe('TRK');
    expect(initialsOf('Halcyon')).toBeNull();
  });

  it('joins a company written by its initials to the company', () => {
    const text = 'Brevan Armor Santé a abaissé son objectif. Jeudi, le titre BAS a reculé de 4 %. Brevan Armor Santé exploite 12 cliniques.';
    const [company, ...others] = findCompanies(text, []);
    expect(company.name).toBe('Brevan Armor Santé');
    expect(company.mentions.map((mention) => mention.quote)).toEqual(['Brevan Armor Santé', 'BAS', 'Brevan Armor Santé']);
    expect(others.map((other) => other.name)).not.toContain('BAS');
  });
});
