// A call in the shape of an eForms notice of subtype E1, "voluntary pre-market consultation", for the
// owner to carry into the procurement system. Field ids, their meaning and which ones E1 has and requires
// come from the Publications Office's eForms SDK 1.15.1 (github.com/OP-TED/eForms-SDK, fields/fields.json
// and notice-types/E1.json; licence CC BY 4.0). Only what the platform knows is filled in; the mandatory
// fields it cannot know are named in `toComplete`. What is left out and why: docs/eforms-e1.md.
import { toBrusselsInput } from '../meetings/brussels-time.ts';

export const EFORMS_SDK = {
  version: 'eforms-sdk-1.15',
  source: 'https://github.com/OP-TED/eForms-SDK (release 1.15.1)',
  licence: 'CC BY 4.0',
} as const;

/** A text-multilingual value: the text per language, by its three-letter code. */
export type Multilingual = Record<string, string>;
export type FieldValue = string | Multilingual;
export type FieldSet = Record<string, FieldValue>;

export interface E1Notice {
  noticeSubType: 'E1';
  sdk: typeof EFORMS_SDK;
  notice: FieldSet;
  organisations: FieldSet[];
  lots: FieldSet[];
  /** Mandatory fields of E1 the platform cannot fill in: the owner adds them in the procurement system. */
  toComplete: string[];
}

export interface E1Source {
  callId: string;
  pageUrl: string;
  eligibility: string;
  questionsUntil: Date;
  responsesUntil: Date;
  criteria: { name: string; weight: number }[];
  challenge: { title: string; description: string; language: string; region: string };
  buyer: {
    name: string;
    enterpriseNumber: string;
    country: string;
    street: string | null;
    postalCode: string | null;
    municipality: string | null;
    website: string | null;
  };
}

/** The platform's content languages as the SDK's language code lists name them (ISO 639-3, upper case). */
const LANGUAGES: Record<string, string> = { nl: 'NLD', fr: 'FRA', en: 'ENG', es: 'SPA', eu: 'EUS' };
/** Basque is no official EU language: it cannot be the notice's official language (BT-702(a)). */
const OFFICIAL = new Set(['NLD', 'FRA', 'ENG', 'SPA']);
/** Countries of organisations and regions, as the SDK's country code list names them (ISO 3166-1 alpha-3). */
const COUNTRIES: Record<string, string> = { BE: 'BEL', NL: 'NLD', ES: 'ESP', FR: 'FRA', DE: 'DEU', LU: 'LUX' };

/** Mandatory in E1 and never known to the platform (see docs/eforms-e1.md). */
const ALWAYS_TO_COMPLETE = [
  'BT-05(a)-notice',
  'BT-05(b)-notice',
  'BT-23-Procedure',
  'BT-262-Procedure',
  'BT-23-Lot',
  'BT-262-Lot',
];

const BUYER = 'ORG-0001';
const LOT = 'LOT-0001';

/** An eForms date and time: Brussels wall-clock with its offset, as "2027-03-18+01:00" and "17:00:00+01:00". */
export function eformsDateTime(instant: Date): { date: string; time: string } {
  const local = toBrusselsInput(instant);
  const asUtc = Date.parse(`${local}:00Z`);
  const minutes = Math.round((asUtc - Math.floor(instant.getTime() / 60_000) * 60_000) / 60_000);
  const offset = `+${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
  return { date: `${local.slice(0, 10)}${offset}`, time: `${local.slice(11)}:00${offset}` };
}

const present = (entries: [string, FieldValue | null | undefined][]): FieldSet =>
  Object.fromEntries(entries.filter((entry): entry is [string, FieldValue] => Boolean(entry[1])));

function buyerFields(buyer: E1Source['buyer']): FieldSet {
  return present([
    ['OPT-200-Organization-Company', BUYER],
    ['BT-500-Organization-Company', buyer.name],
    ['BT-501-Organization-Company', buyer.enterpriseNumber],
    ['BT-505-Organization-Company', buyer.website],
    ['BT-510(a)-Organization-Company', buyer.street],
    ['BT-512-Organization-Company', buyer.postalCode],
    ['BT-513-Organization-Company', buyer.municipality],
    ['BT-514-Organization-Company', COUNTRIES[buyer.country]],
  ]);
}

function lotFields(source: E1Source, language: string): FieldSet {
  const { challenge } = source;
  const questions = eformsDateTime(source.questionsUntil);
  const responses = eformsDateTime(source.responsesUntil);
  const criteria = source.criteria.map((c) => `${c.name}: ${c.weight} %`).join('; ');
  return present([
    ['BT-137-Lot', LOT],
    ['BT-21-Lot', { [language]: challenge.title }],
    ['BT-24-Lot', { [language]: challenge.description }],
    ['BT-300-Lot', criteria ? { [language]: criteria } : null],
    ['BT-13(d)-Lot', questions.date],
    ['BT-13(t)-Lot', questions.time],
    ['BT-800(d)-Lot', responses.date],
    ['BT-800(t)-Lot', responses.time],
    ['BT-97-Lot', language],
    ['BT-18-Lot', source.pageUrl],
    ['BT-15-Lot', source.pageUrl],
  ]);
}

/** The call as an E1 notice: notice and procedure fields, the buyer, one lot, and what the owner must add. */
export function e1Notice(source: E1Source): E1Notice {
  const { challenge } = source;
  const language = LANGUAGES[challenge.language] ?? 'MUL';
  const official = OFFICIAL.has(language) ? language : null;
  const notice = present([
    ['OPP-070-notice', 'E1'],
    ['BT-02-notice', 'pmc'],
    ['BT-03-notice', 'consultation'],
    ['BT-01-notice', 'other'],
    ['OPT-001-notice', '2.3'],
    ['OPT-002-notice', EFORMS_SDK.version],
    ['BT-701-notice', source.callId],
    ['BT-757-notice', '01'],
    ['BT-702(a)-notice', official],
    ['OPT-300-Procedure-Buyer', BUYER],
    ['BT-22-Procedure', source.callId],
    ['BT-21-Procedure', { [language]: challenge.title }],
    ['BT-24-Procedure', { [language]: challenge.description }],
    ['BT-300-Procedure', source.eligibility ? { [language]: source.eligibility } : null],
    ['BT-5141-Procedure', COUNTRIES[challenge.region.slice(0, 2)]],
  ]);
  const organisations = [buyerFields(source.buyer)];
  const lots = [lotFields(source, language)];
  const unknown = [
    ...(official ? [] : ['BT-702(a)-notice']),
    ...(organisations[0]?.['BT-514-Organization-Company'] ? [] : ['BT-514-Organization-Company']),
  ];
  return {
    noticeSubType: 'E1',
    sdk: EFORMS_SDK,
    notice,
    organisations,
    lots,
    toComplete: [...ALWAYS_TO_COMPLETE, ...unknown],
  };
}
