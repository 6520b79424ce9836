// Demo organisations. All names are fictional except imec, which appears only as itself with neutral data.
// Fictional organisations are located in real Flemish municipalities (real NIS and postal codes);
// their websites use the reserved .example top-level domain so no real site is implied.
import { kboFromBase } from '../../organisations/enterprise-number.ts';
import type { DemoOrganisation } from './types.ts';

const GENT = { postalCode: '9000', municipality: 'Gent', nisCode: '44021' } as const;
const LEUVEN = { postalCode: '3000', municipality: 'Leuven', nisCode: '24062' } as const;
const ANTWERPEN = { postalCode: '2000', municipality: 'Antwerpen', nisCode: '11002' } as const;
const BRUGGE = { postalCode: '8000', municipality: 'Brugge', nisCode: '31005' } as const;
const HASSELT = { postalCode: '3500', municipality: 'Hasselt', nisCode: '71022' } as const;
const KORTRIJK = { postalCode: '8500', municipality: 'Kortrijk', nisCode: '34022' } as const;
const MECHELEN = { postalCode: '2800', municipality: 'Mechelen', nisCode: '12025' } as const;
const AALST = { postalCode: '9300', municipality: 'Aalst', nisCode: '41002' } as const;
const GENK = { postalCode: '3600', municipality: 'Genk', nisCode: '71016' } as const;
const ROESELARE = { postalCode: '8800', municipality: 'Roeselare', nisCode: '36015' } as const;
const BRUSSEL = { postalCode: '1000', municipality: 'Brussel', nisCode: '21004' } as const;

export const demoOrganisations: DemoOrganisation[] = [
  // --- Care ---
  { key: 'wzc-zonnetij', name: 'Woonzorgcentrum Zonnetij vzw', kind: 'care_provider', isSme: true,
    enterpriseNumber: kboFromBase(4_512_873), street: 'Zonnetijdreef 14', ...GENT, country: 'BE',
    website: 'https://zonnetij.example' },
  { key: 'wzc-hoevedries', name: 'Woonzorgcentrum Hoevedries', kind: 'care_provider', isSme: true,
    enterpriseNumber: kboFromBase(4_630_219), street: 'Hoevedriesstraat 3', ...HASSELT, country: 'BE',
    website: 'https://hoevedries.example' },
  { key: 'thuiszorg-kompas', name: 'Thuiszorgdienst Kompas vzw', kind: 'care_provider', isSme: true,
    enterpriseNumber: kboFromBase(4_471_305), street: 'Kompasplein 8', ...MECHELEN, country: 'BE',
    website: 'https://thuiszorgkompas.example' },

  // --- Education ---
  { key: 'scholengroep-leiestroom', name: 'Scholengroep Leiestroom', kind: 'school', isSme: false,
    enterpriseNumber: kboFromBase(2_083_554), street: 'Leiekaai 120', ...KORTRIJK, country: 'BE',
    website: 'https://leiestroom.example' },
  { key: 'bs-kleine-wereld', name: 'Basisschool De Kleine Wereld', kind: 'school', isSme: true,
    enterpriseNumber: kboFromBase(2_091_776), street: 'Wereldpad 2', ...AALST, country: 'BE',
    website: 'https://dekleinewereld.example' },
  { key: 'cvo-horizon', name: 'Centrum voor Volwassenenonderwijs Horizon', kind: 'school', isSme: false,
    enterpriseNumber: kboFromBase(2_112_408), street: 'Horizonlaan 45', ...LEUVEN, country: 'BE',
    website: 'https://cvohorizon.example' },
  { key: 'ecole-tilleuls', name: 'École fondamentale Les Tilleuls', kind: 'school', isSme: true,
    enterpriseNumber: kboFromBase(2_120_663), street: 'Rue des Tilleuls 9', ...BRUSSEL, country: 'BE',
    website: 'https://lestilleuls.example' },

  // --- Local government (fictional municipalities, offices located in real municipalities) ---
  { key: 'gemeente-heidebeek', name: 'Gemeente Heidebeek', kind: 'local_government', isSme: false,
    enterpriseNumber: kboFromBase(2_070_118), street: 'Heidebeekplein 1', ...GENK, country: 'BE',
    website: 'https://heidebeek.example' },
  { key: 'ocmw-heidebeek', name: 'OCMW Heidebeek', kind: 'local_government', isSme: false,
    enterpriseNumber: kboFromBase(2_120_405), street: 'Sociaal Huis, Heidebeekplein 3', ...GENK, country: 'BE',
    website: 'https://ocmw.heidebeek.example' },
  { key: 'stad-scheldemeers', name: 'Stad Scheldemeers', kind: 'local_government', isSme: false,
    enterpriseNumber: kboFromBase(2_070_242), street: 'Meerskaai 1', ...ANTWERPEN, country: 'BE',
    website: 'https://scheldemeers.example' },
  { key: 'gemeente-vlasbeke', name: 'Gemeente Vlasbeke', kind: 'local_government', isSme: false,
    enterpriseNumber: kboFromBase(2_070_367), street: 'Vlasmarkt 1', ...ROESELARE, country: 'BE',
    website: 'https://vlasbeke.example' },

  // --- Flemish government (fictional agencies) ---
  { key: 'agentschap-open-loket', name: 'Agentschap Open Loket Vlaanderen', kind: 'flemish_government', isSme: false,
    enterpriseNumber: kboFromBase(3_160_442), street: 'Loketlaan 10', ...BRUSSEL, country: 'BE',
    website: 'https://openloket.example' },
  { key: 'steunpunt-burgerdata', name: 'Vlaams Steunpunt Burgerdata', kind: 'flemish_government', isSme: false,
    enterpriseNumber: kboFromBase(3_160_558), street: 'Datadok 4', ...GENT, country: 'BE',
    website: 'https://burgerdata.example' },

  // --- Businesses with challenges ---
  { key: 'hotel-reiegast', name: 'Hotel Reiegast', kind: 'company', isSme: true,
    enterpriseNumber: kboFromBase(6_574_102), street: 'Reiegastkaai 22', ...BRUGGE, country: 'BE',
    website: 'https://reiegast.example' },
  { key: 'hotel-arcades-bleues', name: 'Hôtel Les Arcades Bleues', kind: 'company', isSme: true,
    enterpriseNumber: kboFromBase(6_588_913), street: 'Galerie des Arcades 5', ...BRUSSEL, country: 'BE',
    website: 'https://arcadesbleues.example' },
  { key: 'kooplieden-groenmarkt', name: 'Kooplieden van de Groenmarkt vzw', kind: 'non_profit', isSme: true,
    enterpriseNumber: kboFromBase(4_398_220), street: 'Groenmarktstraat 17', ...MECHELEN, country: 'BE',
    website: 'https://groenmarkt-mechelen.example' },
  { key: 'metaalwerken-vanroey', name: 'Metaalwerken Van Roey-Peeters nv', kind: 'company', isSme: true,
    enterpriseNumber: kboFromBase(4_215_677), street: 'Industrieweg 31', ...AALST, country: 'BE',
    website: 'https://vanroey-peeters.example' },
  { key: 'fiduciaire-dewolf', name: 'Fiduciaire Dewolf & Partners', kind: 'company', isSme: true,
    enterpriseNumber: kboFromBase(8_120_554), street: 'Wolvenstraat 6', ...BRUGGE, country: 'BE',
    website: 'https://dewolf-partners.example' },
  { key: 'fruitcoop-haspengouw', name: 'Fruitcoöperatie Zuid-Haspengouw cv', kind: 'company', isSme: true,
    enterpriseNumber: kboFromBase(4_402_915), street: 'Boomgaardweg 88', ...HASSELT, country: 'BE',
    website: 'https://fruitcoop.example' },
  { key: 'cc-spiegelzaal', name: 'Cultuurcentrum De Spiegelzaal', kind: 'non_profit', isSme: true,
    enterpriseNumber: kboFromBase(4_488_031), street: 'Spiegelstraat 1', ...MECHELEN, country: 'BE',
    website: 'https://spiegelzaal.example' },

  // --- Providers: start-ups and SMEs ---
  { key: 'zilverlijn', name: 'Zilverlijn bv', kind: 'startup', isSme: true,
    enterpriseNumber: kboFromBase(7_451_208), street: 'Dok Noord 7', ...GENT, country: 'BE',
    website: 'https://zilverlijn.example' },
  { key: 'klasrijk', name: 'Klasrijk bv', kind: 'company', isSme: true,
    enterpriseNumber: kboFromBase(6_902_337), street: 'Vaartkom 21', ...LEUVEN, country: 'BE',
    website: 'https://klasrijk.example' },
  { key: 'druktemeter', name: 'Druktemeter bv', kind: 'startup', isSme: true,
    enterpriseNumber: kboFromBase(7_688_410), street: 'Kaai 48', ...ANTWERPEN, country: 'BE',
    website: 'https://druktemeter.example' },
  { key: 'beddenbrug', name: 'Beddenbrug cv', kind: 'startup', isSme: true,
    enterpriseNumber: kboFromBase(7_520_993), street: 'Langestraat 140', ...BRUGGE, country: 'BE',
    website: 'https://beddenbrug.example' },
  { key: 'schildwacht', name: 'Schildwacht Security bv', kind: 'company', isSme: true,
    enterpriseNumber: kboFromBase(6_473_118), street: 'Vestingstraat 12', ...MECHELEN, country: 'BE',
    website: 'https://schildwacht.example' },
  { key: 'werkplek-overal', name: 'Werkplek Overal bv', kind: 'company', isSme: true,
    enterpriseNumber: kboFromBase(6_811_045), street: 'Corda Campus 2', ...HASSELT, country: 'BE',
    website: 'https://werkplekoveral.example' },
  { key: 'groenbit', name: 'GroenBit bv', kind: 'startup', isSme: true,
    enterpriseNumber: kboFromBase(7_302_664), street: 'Broeltorenlaan 5', ...KORTRIJK, country: 'BE',
    website: 'https://groenbit.example' },
  { key: 'datadelta', name: 'Datadelta nv', kind: 'company', isSme: false,
    enterpriseNumber: kboFromBase(4_377_950), street: 'Scheldeplein 30', ...ANTWERPEN, country: 'BE',
    website: 'https://datadelta.example' },
  { key: 'pleinwerk', name: 'Pleinwerk bv', kind: 'startup', isSme: true,
    enterpriseNumber: kboFromBase(7_815_360), street: 'Schouwburgplein 3', ...KORTRIJK, country: 'BE',
    website: 'https://pleinwerk.example' },
  { key: 'klik-en-kom', name: 'Klik & Kom vzw', kind: 'non_profit', isSme: true,
    enterpriseNumber: kboFromBase(7_044_582), street: 'Buurthuisstraat 9', ...ROESELARE, country: 'BE',
    website: 'https://klikenkom.example' },
  { key: 'open-publieke-software', name: 'Vereniging Open Publieke Software vzw', kind: 'non_profit', isSme: true,
    enterpriseNumber: kboFromBase(7_099_216), street: 'Gemeenschapslaan 4', ...LEUVEN, country: 'BE',
    website: 'https://openpubliekesoftware.example' },

  // --- Federation and knowledge institutions ---
  { key: 'federatie-digitale-kmo', name: "Federatie Digitale Kmo's Vlaanderen vzw", kind: 'federation', isSme: false,
    enterpriseNumber: kboFromBase(4_290_733), street: 'Ondernemersplein 1', ...GENT, country: 'BE',
    website: 'https://digitalekmo.example' },
  { key: 'hogeschool-scheldeland', name: 'Hogeschool Scheldeland – Expertisecentrum Zorgtechnologie',
    kind: 'knowledge_institution', isSme: false,
    enterpriseNumber: kboFromBase(3_071_889), street: 'Campusweg 60', ...AALST, country: 'BE',
    website: 'https://scheldeland.example' },
  // imec appears only as itself, with its public address and enterprise number.
  { key: 'imec', name: 'imec', kind: 'knowledge_institution', isSme: false,
    enterpriseNumber: '0425260668', street: 'Kapeldreef 75', postalCode: '3001', municipality: 'Leuven',
    nisCode: '24062', country: 'BE', website: 'https://www.imec-int.com' },

  // --- Partner regions ---
  { key: 'polderlicht', name: 'Polderlicht Digitaal B.V.', kind: 'company', isSme: true,
    enterpriseNumber: 'NL861245379B01', street: 'Lichtstraat 220', postalCode: '5611 XK', municipality: 'Eindhoven',
    nisCode: null, country: 'NL', website: 'https://polderlicht.example' },
  { key: 'itsasargi', name: 'Itsasargi Teknologia S.L.', kind: 'company', isSme: true,
    enterpriseNumber: 'ESB95123456', street: 'Kalea Itsasadarra 14', postalCode: '48001', municipality: 'Bilbao',
    nisCode: null, country: 'ES', website: 'https://itsasargi.example' },
];
