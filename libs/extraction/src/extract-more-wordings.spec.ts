import { extract } from './extract';
import { Proposal } from './model';

/** Further wordings of each family and grammar around them, in sentences written for this spec (none taken from an article). */
const proposalsOf = (text: string, publishedOn: string | null = null) => extract({ text, publishedOn }).proposals;
const ofType = (proposals: Proposal[], type: string) => proposals.filter((proposal) => proposal.type === type);
const typesOf = (proposals: Proposal[]) => proposals.map((proposal) => proposal.type).sort();

describe('extraction of further wordings', () => {
  describe('denials of evidence cut by an aside', () => {
    it.each([
      'Acme has not, so far, identified any evidence that customer data has been removed from its systems.',
      'Its review had found no evidence at this stage that payroll records were copied.',
      "Le groupe n'a trouvé aucune preuve à ce stade que des données de clients ont été volées.",
    ])('proposes no data exposure: "%s"', (text) => {
      expect(ofType(proposalsOf(text), 'DataExposureConfirmed')).toEqual([]);
    });
  });

  describe('the outlook held', () => {
    it.each([
      'The directors do not, at present, expect the disruption to have a material effect on results.',
      "The company's expectations for the current financial year remain unchanged.",
      'Profit is expected in line with current market consensus, and the board’s expectations are unchanged.',
    ])('reads an outlook held: "%s"', (text) => {
      expect(typesOf(proposalsOf(text))).toEqual(['OtherDisclosure']);
    });

    it('still reads an analyst’s view as one', () => {
      expect(proposalsOf('Analysts at a broker expect the group to cut its guidance next month.')).toEqual([]);
    });
  });

  describe('the company speaking to analysts', () => {
    it.each([
      'The finance director told analysts on a call that the group now expects operating profit of £40m to £44m, down from £50m.',
      "Le directeur financier a indiqué aux analystes que le groupe vise désormais un chiffre d'affaires de 2 milliards d'euros, contre 2,2 milliards auparavant.",
    ])('reads the guidance it gives them: "%s"', (text) => {
      expect(ofType(proposalsOf(text), 'GuidanceChanged')).toHaveLength(1);
    });

    it('tells capital expenditure apart from profit when both are changed', () => {
      const text =
        'Acme now expects operating profit of £40m to £44m, down from £50m. Capital expenditure is now expected at about £30m, down from £36m, as two projects are paused.';
      expect(ofType(proposalsOf(text), 'GuidanceChanged')).toHaveLength(2);
    });
  });

  describe('impacts', () => {
    it.each([
      'Some client projects will be delayed by a few days while engineers work from printed plans.',
      'Call waiting times have doubled since the weekend.',
    ])('reads an impact: "%s"', (text) => {
      expect(typesOf(proposalsOf(text))).toEqual(['OperationalImpactReported']);
    });

    it('reads no impact in a delay that may come', () => {
      expect(proposalsOf('Some projects could be delayed, the company said.')).toEqual([]);
    });
  });

  describe('recovery, remediation and remedies', () => {
    it.each([
      'The chief executive said the logistics problems were now "largely behind us".',
      'Acme has spent £4m since the intrusion upgrading its security and moving records to new servers.',
      'The group is investing heavily in its cyber defences.',
      'The lender will waive any overdraft fees customers incur because of the outage.',
    ])('reads an other disclosure: "%s"', (text) => {
      expect(ofType(proposalsOf(text), 'OtherDisclosure')).toHaveLength(1);
    });

    it('reads no remedy in a refund that has nothing to do with the incident', () => {
      expect(ofType(proposalsOf('The airline will refund fees for cancelled bookings next year.'), 'OtherDisclosure')).toEqual([]);
    });
  });
});
