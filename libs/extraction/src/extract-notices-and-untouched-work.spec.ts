import { extractionProbe } from './testing/extraction-probe';

/** Authorities told with a day between, work that went on, remedies and misdirected data; sentences written for this spec. */
const { typesOf, regulatorsOf } = extractionProbe('2028-05-16');

describe('authorities told, and authorities in the catalogue', () => {
  it.each([
    ['Acme Ferries was hit by a cyber attack. It had kept the Department for Transport closely informed.', 'Department for Transport'],
    ['Acme Ferries was hit by a cyber attack. It reported the incident on Monday to the Information Commissioner.', 'ICO'],
    ["Norvale SA a subi une cyberattaque. Le groupe a signalé la panne dès lundi soir à l'Arcep.", 'Arcep'],
    ['Norvale SA a subi une cyberattaque. Norvale a signalé l’intrusion au Centre pour la cybersécurité Belgique.', 'CCB'],
  ])('"%s" notifies %s', (text, regulator) => {
    expect(regulatorsOf(text)).toContain(regulator);
  });
});

describe('systems cut, work that went on, remedies and data sent astray', () => {
  it.each([
    ['Norvale SA a subi une cyberattaque. Norvale a dû couper dès lundi l’accès à son extranet.', 'SystemsTakenOffline'],
    ['Norvale SA a subi une cyberattaque. Norvale a suspendu les échanges de données avec son hébergeur.', 'SystemsTakenOffline'],
    ['Acme Ferries was hit by a cyber attack. Acme Ferries suspended all file transfers with its payroll bureau.', 'SystemsTakenOffline'],
    ['Norvale SA a subi une cyberattaque. Ses agences ne sont pas touchées.', 'OperationalImpactReported'],
    ['Norvale SA a subi une cyberattaque. Les livraisons se sont poursuivies normalement.', 'OperationalImpactReported'],
    ['Acme Ferries was hit by a cyber attack. Sailings and freight bookings carried on as normal.', 'OperationalImpactReported'],
    ['Acme Ferries was hit by a cyber attack. It is offering free identity-monitoring to passengers.', 'OtherDisclosure'],
    ['Acme Ferries was hit by a cyber attack. Acme Ferries is writing to everyone affected.', 'OtherDisclosure'],
    ['Acme Ferries was hit by a cyber attack. Acme Ferries will refund the fees for crossings cancelled on Sunday.', 'OtherDisclosure'],
    ['Norvale SA a subi une cyberattaque. Norvale remboursera les frais des réservations annulées.', 'OtherDisclosure'],
    ['Acme Ferries said the names and addresses of 80 passengers were emailed to the wrong recipient.', 'DataExposureConfirmed'],
    ['Norvale SA a indiqué que les noms et adresses de 80 clients ont été envoyés par erreur à un partenaire.', 'DataExposureConfirmed'],
  ])('"%s" proposes %s', (text, type) => {
    expect(typesOf(text)).toContain(type);
  });

  it('takes data named as what a probe looks into for the probe, not an exposure', () => {
    const text =
      'Acme Ferries was hit by a cyber attack. The ICO has opened an investigation into an incident in which names of passengers were sent to the wrong recipient.';
    expect(typesOf(text)).not.toContain('DataExposureConfirmed');
  });
});
