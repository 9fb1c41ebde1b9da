import { namesOtherCompany } from './share-owner';

describe('namesOtherCompany', () => {
  const subject = new Set(['harrowgate', 'stores', 'lorvelle']);

  it.each([
    ['in February, Lindqvist Diagnostik shares dropped 9%', true],
    ["l'action Fauvelle grappillait 0,6%", true],
    ['Shares in Harrowgate Stores plc slid 6% to 412p', false],
    ["l'action Lorvelle cédait 9,2% à 41,06 euros", false],
    ['Its shares fell 3.4% to €18.62 in Paris', false],
    ['The FTSE 250 shares index rose', false],
  ])('"%s": %s', (clause, expected) => {
    expect(namesOtherCompany(clause, subject)).toBe(expected);
  });

  it('says nothing when the subject is unknown', () => {
    expect(namesOtherCompany('Lindqvist shares dropped 9%', new Set())).toBe(false);
  });
});
