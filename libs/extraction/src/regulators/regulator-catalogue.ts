/**
 * Regulators and authorities by the names the press uses, in English and French. `names` are matched on
 * folded text (lowercase, no accents); `acronyms` on the original text, case and all. `short` is what a
 * disclosure records: the usual short name, or the name itself when there is none.
 */
export interface RegulatorEntry {
  short: string;
  names: string[];
  acronyms: string[];
}

/** A British authority named by its country and field: "the UK's data watchdog", "Britain's competition regulator", "UK financial watchdog". */
function nationalNames(fields: string[], nouns: string[]): string[] {
  return ["uk's", 'uk', "britain's", 'british'].flatMap((country) => fields.flatMap((field) => nouns.map((noun) => `${country} ${field} ${noun}`)));
}

export const REGULATORS: RegulatorEntry[] = [
  // United Kingdom
  {
    short: 'CMA',
    names: [
      'competition and markets authority',
      'autorite de la concurrence et des marches',
      'autorite britannique de la concurrence',
      'gendarme britannique de la concurrence',
      ...nationalNames(['competition'], ['watchdog', 'regulator', 'authority']),
    ],
    acronyms: ['CMA'],
  },
  {
    short: 'ICO',
    names: [
      "information commissioner's office",
      'information commissioners office',
      'information commissioner',
      "bureau du commissaire a l'information",
      // named by country and field, as wires do: "the UK's data protection watchdog", "Britain's data regulator"
      ...nationalNames(['data protection', 'data', 'privacy', 'information'], ['watchdog', 'regulator']),
      'gendarme britannique des donnees',
    ],
    acronyms: ['ICO'],
  },
  {
    short: 'FCA',
    names: [
      'financial conduct authority',
      'autorite de conduite financiere',
      'autorite britannique des marches financiers',
      'regulateur financier britannique',
      'gendarme financier britannique',
      ...nationalNames(['financial', 'financial conduct', 'markets'], ['watchdog', 'regulator']),
    ],
    acronyms: ['FCA'],
  },
  { short: 'PRA', names: ['prudential regulation authority', 'autorite de regulation prudentielle'], acronyms: ['PRA'] },
  {
    short: 'NCSC',
    names: [
      'national cyber security centre',
      'national cyber security center',
      'national cybersecurity centre',
      'centre national de cybersecurite britannique',
    ],
    acronyms: ['NCSC'],
  },
  { short: 'SFO', names: ['serious fraud office'], acronyms: ['SFO'] },
  // a defence supplier reports to its customer ministry
  { short: 'Ministry of Defence', names: ['ministry of defence', 'ministere britannique de la defense'], acronyms: ['MoD'] },
  { short: 'NCA', names: ['national crime agency'], acronyms: ['NCA'] },
  { short: 'Action Fraud', names: ['action fraud'], acronyms: [] },
  { short: 'Ofcom', names: ['ofcom'], acronyms: [] },
  { short: 'Ofgem', names: ['ofgem'], acronyms: [] },
  { short: 'Ofwat', names: ['ofwat'], acronyms: [] },
  { short: 'CQC', names: ['care quality commission'], acronyms: ['CQC'] },
  // the professions' regulators of health care
  { short: 'General Pharmaceutical Council', names: ['general pharmaceutical council'], acronyms: ['GPhC'] },
  { short: 'GMC', names: ['general medical council'], acronyms: ['GMC'] },
  { short: 'NMC', names: ['nursing and midwifery council'], acronyms: ['NMC'] },
  { short: 'MHRA', names: ['medicines and healthcare products regulatory agency'], acronyms: ['MHRA'] },
  { short: 'FRC', names: ['financial reporting council'], acronyms: ['FRC'] },
  { short: 'TPR', names: ['pensions regulator'], acronyms: ['TPR'] },
  { short: 'CAA', names: ['civil aviation authority'], acronyms: ['CAA'] },
  // transport operators report to their ministry
  { short: 'Department for Transport', names: ['department for transport', 'ministere britannique des transports'], acronyms: ['DfT'] },
  { short: 'HSE', names: ['health and safety executive'], acronyms: [] },
  { short: 'ORR', names: ['office of rail and road'], acronyms: ['ORR'] },
  { short: 'Gambling Commission', names: ['gambling commission'], acronyms: [] },
  { short: 'PSR', names: ['payment systems regulator'], acronyms: ['PSR'] },
  { short: 'Takeover Panel', names: ['takeover panel', 'panel on takeovers and mergers'], acronyms: [] },
  { short: 'Bank of England', names: ['bank of england', "banque d'angleterre"], acronyms: ['BoE'] },
  // United States
  {
    short: 'SEC',
    names: [
      'securities and exchange commission',
      'gendarme boursier americain',
      'gendarme de la bourse americaine',
      'autorite americaine des marches financiers',
      'regulateur americain des marches',
    ],
    acronyms: ['SEC'],
  },
  {
    short: 'DOJ',
    names: [
      'department of justice',
      'justice department',
      'ministere americain de la justice',
      'departement americain de la justice',
      'departement de la justice',
      'ministere de la justice americain',
    ],
    acronyms: ['DOJ', 'DoJ'],
  },
  { short: 'FTC', names: ['federal trade commission', 'commission federale du commerce'], acronyms: ['FTC'] },
  { short: 'FBI', names: ['federal bureau of investigation', 'police federale americaine'], acronyms: ['FBI'] },
  { short: 'Secret Service', names: ['secret service'], acronyms: [] },
  { short: 'CISA', names: ['cybersecurity and infrastructure security agency'], acronyms: ['CISA'] },
  { short: 'HHS', names: ['department of health and human services', 'health and human services', 'ministere americain de la sante'], acronyms: ['HHS'] },
  { short: 'FCC', names: ['federal communications commission'], acronyms: ['FCC'] },
  { short: 'CFTC', names: ['commodity futures trading commission'], acronyms: ['CFTC'] },
  { short: 'FINRA', names: ['financial industry regulatory authority'], acronyms: ['FINRA'] },
  { short: 'CFPB', names: ['consumer financial protection bureau'], acronyms: ['CFPB'] },
  { short: 'OCC', names: ['office of the comptroller of the currency'], acronyms: ['OCC'] },
  { short: 'Federal Reserve', names: ['federal reserve', 'reserve federale'], acronyms: ['Fed'] },
  { short: 'FDA', names: ['food and drug administration'], acronyms: ['FDA'] },
  { short: 'FAA', names: ['federal aviation administration'], acronyms: ['FAA'] },
  { short: 'NHTSA', names: ['national highway traffic safety administration'], acronyms: ['NHTSA'] },
  { short: 'EPA', names: ['environmental protection agency'], acronyms: [] },
  // France
  {
    short: 'CNIL',
    names: [
      "commission nationale de l'informatique et des libertes",
      'french data protection authority',
      'gendarme des donnees personnelles',
      'gendarme de la vie privee',
    ],
    acronyms: ['CNIL', 'Cnil'],
  },
  {
    short: 'AMF',
    names: ['autorite des marches financiers', 'gendarme de la bourse', 'gendarme boursier', 'french markets regulator', 'french financial markets authority'],
    acronyms: ['AMF'],
  },
  {
    short: 'ANSSI',
    names: ["agence nationale de la securite des systemes d'information", 'french cybersecurity agency', 'french national cybersecurity agency'],
    acronyms: ['ANSSI', 'Anssi'],
  },
  { short: 'Autorité de la concurrence', names: ['autorite de la concurrence', 'french competition authority', 'gendarme de la concurrence'], acronyms: [] },
  { short: 'ACPR', names: ['autorite de controle prudentiel et de resolution'], acronyms: ['ACPR'] },
  { short: 'ministère des Armées', names: ['ministere des armees', 'french defence ministry', 'french ministry of the armed forces'], acronyms: [] },
  { short: 'Arcep', names: ['arcep', 'autorite de regulation des communications electroniques'], acronyms: ['ARCEP'] },
  { short: 'CRE', names: ["commission de regulation de l'energie"], acronyms: ['CRE'] },
  {
    short: 'DGCCRF',
    names: ['dgccrf', 'direction generale de la concurrence, de la consommation et de la repression des fraudes', 'repression des fraudes'],
    acronyms: [],
  },
  { short: 'PNF', names: ['parquet national financier'], acronyms: ['PNF'] },
  { short: 'Arcom', names: ['arcom'], acronyms: [] },
  { short: 'Banque de France', names: ['banque de france', 'bank of france'], acronyms: [] },
  { short: 'CERT-FR', names: ['cert-fr', "centre gouvernemental de veille, d'alerte et de reponse aux attaques informatiques"], acronyms: [] },
  { short: 'ARS', names: ['agence regionale de sante', 'agences regionales de sante'], acronyms: ['ARS'] },
  { short: 'Cybermalveillance.gouv.fr', names: ['cybermalveillance.gouv.fr'], acronyms: [] },
  // European Union
  {
    short: 'European Commission',
    names: [
      'european commission',
      'commission europeenne',
      "l'executif bruxellois",
      "l'executif europeen",
      "l'executif communautaire",
      "l'executif de l'union europeenne",
      'eu executive',
      "the eu's executive",
      "the european union's executive",
      "brussels' competition enforcer",
    ],
    acronyms: [],
  },
  { short: 'ECB', names: ['european central bank', 'banque centrale europeenne'], acronyms: ['ECB', 'BCE'] },
  { short: 'ESMA', names: ['european securities and markets authority', 'autorite europeenne des marches financiers'], acronyms: ['ESMA'] },
  { short: 'EDPB', names: ['european data protection board', 'comite europeen de la protection des donnees'], acronyms: ['EDPB', 'CEPD'] },
  { short: 'ENISA', names: ['european union agency for cybersecurity'], acronyms: ['ENISA'] },
  { short: 'Europol', names: ['europol'], acronyms: [] },
  // Elsewhere
  {
    short: 'CCB',
    names: [
      'centre pour la cybersecurite belgique',
      'centre for cybersecurity belgium',
      'centrum voor cybersecurity belgie',
      'belgian cybersecurity agency',
      'agence belge de cybersecurite',
    ],
    acronyms: ['CCB'],
  },
  {
    short: 'FSMA',
    names: ['financial services and markets authority', 'autorite des services et marches financiers', 'autorite belge des marches financiers'],
    acronyms: ['FSMA'],
  },
  {
    short: 'APD',
    names: ['autorite de protection des donnees', 'belgian data protection authority', 'gegevensbeschermingsautoriteit'],
    acronyms: ['APD', 'GBA'],
  },
  {
    short: 'AEPD',
    names: ['agencia espanola de proteccion de datos', 'spanish data protection agency', 'autorite espagnole de protection des donnees'],
    acronyms: ['AEPD'],
  },
  {
    short: 'Garante',
    names: ['garante per la protezione dei dati personali', 'italian data protection authority', 'autorite italienne de protection des donnees'],
    acronyms: [],
  },
  { short: 'AP', names: ['autoriteit persoonsgegevens', 'dutch data protection authority'], acronyms: [] },
  { short: 'NYDFS', names: ['new york department of financial services', 'new york state department of financial services'], acronyms: ['NYDFS'] },
  {
    short: 'KFTC',
    names: [
      'korea fair trade commission',
      'korean fair trade commission',
      'autorite de la concurrence coreenne',
      'autorite coreenne de la concurrence',
      'commission coreenne de la concurrence',
    ],
    acronyms: ['KFTC'],
  },
  { short: 'JFTC', names: ['japan fair trade commission', 'autorite de la concurrence japonaise', 'autorite japonaise de la concurrence'], acronyms: ['JFTC'] },
  {
    short: 'SAMR',
    names: ['state administration for market regulation', 'autorite chinoise de regulation des marches', 'autorite de la concurrence chinoise'],
    acronyms: ['SAMR'],
  },
  { short: 'CCI', names: ['competition commission of india'], acronyms: [] },
  { short: 'ACCC', names: ['australian competition and consumer commission'], acronyms: ['ACCC'] },
  { short: 'OAIC', names: ['office of the australian information commissioner'], acronyms: ['OAIC'] },
  { short: 'ASIC', names: ['australian securities and investments commission'], acronyms: ['ASIC'] },
  {
    short: 'Bundeskartellamt',
    names: ['bundeskartellamt', 'federal cartel office', 'office federal des ententes', 'autorite allemande de la concurrence'],
    acronyms: [],
  },
  { short: 'BaFin', names: ['bafin', 'federal financial supervisory authority'], acronyms: [] },
  { short: 'BSI', names: ['federal office for information security'], acronyms: ['BSI'] },
  {
    short: 'DPC',
    names: [
      'data protection commission',
      'irish data protection commission',
      'data protection commissioner',
      'commission irlandaise de protection des donnees',
    ],
    acronyms: ['DPC'],
  },
  { short: 'CNMV', names: ['comision nacional del mercado de valores'], acronyms: ['CNMV'] },
  { short: 'Consob', names: ['consob'], acronyms: [] },
  { short: 'FINMA', names: ['finma', 'swiss financial market supervisory authority'], acronyms: [] },
  {
    short: 'FDPIC',
    names: [
      'federal data protection and information commissioner',
      'prepose federal a la protection des donnees et a la transparence',
      'swiss data protection authority',
      'swiss data protection commissioner',
    ],
    acronyms: ['FDPIC', 'PFPDT', 'EDÖB'],
  },
  {
    short: 'BfDI',
    names: [
      'federal commissioner for data protection and freedom of information',
      'german data protection authority',
      'autorite allemande de protection des donnees',
    ],
    acronyms: ['BfDI'],
  },
  { short: 'IMY', names: ['swedish authority for privacy protection', 'integritetsskyddsmyndigheten'], acronyms: ['IMY'] },
  { short: 'Datatilsynet', names: ['datatilsynet', 'norwegian data protection authority', 'danish data protection agency'], acronyms: [] },
  {
    short: 'CNPD',
    names: ['commission nationale pour la protection des donnees', 'comissao nacional de protecao de dados', 'luxembourg data protection authority'],
    acronyms: ['CNPD'],
  },
  { short: 'OSFI', names: ['office of the superintendent of financial institutions'], acronyms: ['OSFI'] },
  { short: 'OPC', names: ['office of the privacy commissioner'], acronyms: [] },
  { short: 'CSRC', names: ['china securities regulatory commission'], acronyms: ['CSRC'] },
  { short: 'SEBI', names: ['securities and exchange board of india'], acronyms: ['SEBI'] },
  { short: 'CADE', names: ['cade', 'conselho administrativo de defesa economica'], acronyms: [] },
];
