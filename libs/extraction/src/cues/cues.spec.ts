import { foldText } from '../text/fold';
import { isBackground } from './context';
import { isHedged, isExpectation } from './hedge';
import { isDeniedAfter, isNegated } from './negation';

const negated = (text: string) => isNegated(foldText(text));
const hedged = (text: string) => isHedged(foldText(text));

describe('negation', () => {
  it.each([
    ["l'analyse n'avait révélé aucun", true],
    ['les opérations ne sont pas', true],
    ['there was no evidence that customer payment data had been', true],
    ['it denied that some shops had also', true],
    ['afin d’empêcher un', true],
    ['a donné lieu à un accès externe', false],
    ["n'est que l'une des", false],
    ['à un accès non autorisé', false],
    ["À ce jour, rien n'indique que des données clients aient été", true],
    ['personne ne conteste que les fichiers ont été', true],
    ['decided not to take any more orders because of the', false],
    ['it had found no evidence that the names or account numbers it stores for its corporate clients had been', true],
    ["aucun élément ne permet à ce stade d'affirmer que des fichiers de clients hébergés chez son prestataire ont été", true],
  ])('"%s" denies what follows: %s', (text, expected) => {
    expect(negated(text)).toBe(expected);
  });

  it('sees denials that follow the fact', () => {
    expect(isDeniedAfter(foldText(' has not been confirmed by the company'))).toBe(true);
    expect(isDeniedAfter(foldText(' was confirmed on Monday'))).toBe(false);
  });
});

describe('hedges', () => {
  it.each([
    ['some employee records may have been', true],
    ['des données pourraient avoir été', true],
    ['cela devrait avoir un', true],
    ['the company is assessing whether data was', true],
    ['disruptions were expected to last', false],
    ['the group confirmed that data was', false],
    ["le distributeur prévenait qu'il ne serait", false],
    ['le groupe a indiqué que ses entrepôts seraient', false],
    ["le distributeur prévenait qu'il pourrait", true],
    ['le groupe a indiqué que ses entrepôts devraient', true],
    ['the ICO can impose a', true],
    ['consumer groups have called on the FCA to open an', true],
    ['campaigners urged the regulator to launch an', true],
    ['la CNIL peut infliger des', true],
    ["des associations ont demandé à l'Autorité de la concurrence d'ouvrir une", true],
    ["l'association appelle l'AMF à", true],
    ['the company asked customers to change passwords after the', false],
    ['le groupe invite ses clients à changer leurs mots de passe après le', false],
  ])('"%s" hedges what follows: %s', (text, expected) => {
    expect(hedged(text)).toBe(expected);
  });

  it('tells a recovery under way or expected from one done', () => {
    expect(isExpectation(foldText('travailler au rétablissement progressif'))).toBe(true);
    expect(isExpectation(foldText('expects to bring systems back online'))).toBe(true);
    expect(isExpectation(foldText('we are working around the clock to bring our systems back'))).toBe(true);
    expect(isExpectation(foldText('it aimed to restore the rest'))).toBe(true);
    expect(isExpectation(foldText('systems have been restored'))).toBe(false);
  });
});

describe('surveys and studies', () => {
  it.each([
    'A survey by Hiscox found that 43% of firms suffered an outage last year.',
    'Selon une étude publiée par le Clusif, 54 % des entreprises ont subi une perturbation.',
    'The agency has warned that ransomware gangs are increasingly targeting manufacturers.',
    'The attack follows a string of incidents at builders’ merchants.',
    'Les attaques par rançongiciel contre les cliniques se sont multipliées ces derniers mois.',
    'L’agence a mis en garde contre une vague de cyberattaques visant les sous-traitants.',
  ])('are background: %s', (text) => {
    expect(isBackground(foldText(text))).toBe(true);
  });

  it('leave the company’s own statements alone', () => {
    expect(isBackground(foldText('The company said deliveries were disrupted for two days.'))).toBe(false);
  });
});
