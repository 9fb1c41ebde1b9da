import { foldText } from '../text/fold';
import { findRegulators, shortNameOf } from './find-regulators';

const regulatorsIn = (text: string) => findRegulators(foldText(text), text).map(({ regulator, generic }) => [regulator, generic]);

describe('findRegulators', () => {
  it('reports named regulators by their short name, from full names in both languages and acronyms', () => {
    expect(regulatorsIn("informed the Information Commissioner's Office and the Financial Conduct Authority (FCA)")).toEqual([
      ['ICO', false],
      ['FCA', false],
      ['FCA', false],
    ]);
    expect(regulatorsIn("la Commission nationale de l'informatique et des libertés et l'Anssi")).toEqual([
      ['CNIL', false],
      ['ANSSI', false],
    ]);
  });

  it('prefers the longest name: one authority, not its first words', () => {
    expect(regulatorsIn('l’autorité de la concurrence et des marchés')).toEqual([['CMA', false]]);
    expect(regulatorsIn('l’autorité de la concurrence coréenne')).toEqual([['KFTC', false]]);
    expect(regulatorsIn('l’Autorité de la concurrence')).toEqual([['Autorité de la concurrence', false]]);
    expect(regulatorsIn('the U.S. Department of Justice')).toEqual([['DOJ', false]]);
  });

  it('keeps unnamed authorities as written', () => {
    expect(regulatorsIn('reported it to the relevant data protection supervisory authorities')).toEqual([
      ['relevant data protection supervisory authorities', true],
    ]);
    expect(regulatorsIn('a saisi les autorités compétentes et porté plainte auprès du parquet de Lyon')).toEqual([
      ['autorités compétentes', true],
      ['parquet de Lyon', true],
    ]);
  });

  it('does not read acronyms inside words or in lower case', () => {
    expect(regulatorsIn('the SECOND icon of a cmaker')).toEqual([]);
  });
});

describe('shortNameOf', () => {
  it('maps any written form to the short name, or null for unnamed authorities', () => {
    expect(shortNameOf('National Cyber Security Centre (NCSC)')).toBe('NCSC');
    expect(shortNameOf('Korea Fair Trade Commission (KFTC)')).toBe('KFTC');
    expect(shortNameOf('autorités compétentes')).toBeNull();
  });
});
