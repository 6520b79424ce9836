// The E1 notice as eForms XML (a UBL 2.3 PriorInformationNotice), with the elements in the order of the
// SDK's examples/notices/E1_minimal.xml (eForms SDK 1.15.1, CC BY 4.0). Fields the platform cannot fill
// are left out, so the document is a start for the procurement system, not a notice ready to send.
import { XMLBuilder } from 'fast-xml-parser';
import type { E1Notice, FieldSet, FieldValue } from './eforms-e1.ts';

const NAMESPACES = {
  '@_xmlns': 'urn:oasis:names:specification:ubl:schema:xsd:PriorInformationNotice-2',
  '@_xmlns:ext': 'urn:oasis:names:specification:ubl:schema:xsd:CommonExtensionComponents-2',
  '@_xmlns:cbc': 'urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2',
  '@_xmlns:cac': 'urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2',
  '@_xmlns:efext': 'http://data.europa.eu/p27/eforms-ubl-extensions/1',
  '@_xmlns:efac': 'http://data.europa.eu/p27/eforms-ubl-extension-aggregate-components/1',
  '@_xmlns:efbc': 'http://data.europa.eu/p27/eforms-ubl-extension-basic-components/1',
};

const builder = new XMLBuilder({ ignoreAttributes: false, attributeNamePrefix: '@_', format: true });

type Element = Record<string, unknown> | undefined;

/** A plain value, or nothing when the field is absent (the element is then left out). */
const plain = (fields: FieldSet, id: string, attributes: Record<string, string> = {}): Element => {
  const value = fields[id];
  return typeof value === 'string' ? { ...attributes, '#text': value } : undefined;
};

/** A text-multilingual value: one element per language, each with its languageID. */
const multilingual = (value: FieldValue | undefined) =>
  value && typeof value === 'object'
    ? Object.entries(value).map(([language, text]) => ({ '@_languageID': language, '#text': text }))
    : undefined;

const extension = (content: Record<string, unknown>) => ({
  'ext:UBLExtension': { 'ext:ExtensionContent': { 'efext:EformsExtension': content } },
});

function organisation(fields: FieldSet, language: string) {
  return {
    'efac:Company': {
      'cbc:WebsiteURI': plain(fields, 'BT-505-Organization-Company'),
      'cac:PartyIdentification': {
        'cbc:ID': plain(fields, 'OPT-200-Organization-Company', { '@_schemeName': 'organization' }),
      },
      'cac:PartyName': { 'cbc:Name': plain(fields, 'BT-500-Organization-Company', { '@_languageID': language }) },
      'cac:PostalAddress': {
        'cbc:StreetName': plain(fields, 'BT-510(a)-Organization-Company'),
        'cbc:CityName': plain(fields, 'BT-513-Organization-Company'),
        'cbc:PostalZone': plain(fields, 'BT-512-Organization-Company'),
        'cac:Country': {
          'cbc:IdentificationCode': plain(fields, 'BT-514-Organization-Company', { '@_listName': 'country' }),
        },
      },
      'cac:PartyLegalEntity': { 'cbc:CompanyID': plain(fields, 'BT-501-Organization-Company') },
    },
  };
}

function lot(fields: FieldSet) {
  const documents = fields['BT-15-Lot'];
  return {
    'cbc:ID': plain(fields, 'BT-137-Lot', { '@_schemeName': 'Lot' }),
    'cac:TenderingTerms': {
      'cac:CallForTendersDocumentReference': documents
        ? {
            'cbc:ID': 'call-page',
            'cbc:DocumentType': 'non-restricted-document',
            'cac:Attachment': { 'cac:ExternalReference': { 'cbc:URI': documents } },
          }
        : undefined,
      'cac:TenderRecipientParty': { 'cbc:EndpointID': plain(fields, 'BT-18-Lot') },
      'cac:Language': { 'cbc:ID': plain(fields, 'BT-97-Lot') },
    },
    'cac:TenderingProcess': {
      'ext:UBLExtensions': extension({
        'efac:AnswerReceptionPeriod': {
          'cbc:EndDate': plain(fields, 'BT-800(d)-Lot'),
          'cbc:EndTime': plain(fields, 'BT-800(t)-Lot'),
        },
      }),
      'cac:AdditionalInformationRequestPeriod': {
        'cbc:EndDate': plain(fields, 'BT-13(d)-Lot'),
        'cbc:EndTime': plain(fields, 'BT-13(t)-Lot'),
      },
    },
    'cac:ProcurementProject': {
      'cbc:Name': multilingual(fields['BT-21-Lot']),
      'cbc:Description': multilingual(fields['BT-24-Lot']),
      'cbc:Note': multilingual(fields['BT-300-Lot']),
    },
  };
}

/** The element without its absent parts: no empty element stands for a field the platform does not know. */
function pruned(value: unknown): unknown {
  if (Array.isArray(value)) {
    const items = value.map(pruned).filter((item) => item !== undefined);
    return items.length ? items : undefined;
  }
  if (value === null || typeof value !== 'object') return value;
  const entries = Object.entries(value)
    .map(([key, inner]) => [key, pruned(inner)] as const)
    .filter(([, inner]) => inner !== undefined);
  return entries.some(([key]) => !key.startsWith('@_')) ? Object.fromEntries(entries) : undefined;
}

export function e1Xml(notice: E1Notice): string {
  const n = notice.notice;
  const language = (notice.lots[0]?.['BT-97-Lot'] as string | undefined) ?? 'ENG';
  return builder.build({
    '?xml': { '@_version': '1.0', '@_encoding': 'UTF-8' },
    PriorInformationNotice: pruned({
      ...NAMESPACES,
      'ext:UBLExtensions': extension({
        'efac:NoticeSubType': { 'cbc:SubTypeCode': plain(n, 'OPP-070-notice', { '@_listName': 'notice-subtype' }) },
        'efac:Organizations': {
          'efac:Organization': notice.organisations.map((fields) => organisation(fields, language)),
        },
      }),
      'cbc:UBLVersionID': plain(n, 'OPT-001-notice'),
      'cbc:CustomizationID': plain(n, 'OPT-002-notice'),
      'cbc:ID': plain(n, 'BT-701-notice', { '@_schemeName': 'notice-id' }),
      'cbc:VersionID': plain(n, 'BT-757-notice'),
      'cbc:RegulatoryDomain': plain(n, 'BT-01-notice'),
      'cbc:NoticeTypeCode': plain(n, 'BT-02-notice', { '@_listName': n['BT-03-notice'] as string }),
      'cbc:NoticeLanguageCode': plain(n, 'BT-702(a)-notice'),
      'cac:ContractingParty': {
        'cac:Party': {
          'cac:PartyIdentification': {
            'cbc:ID': plain(n, 'OPT-300-Procedure-Buyer', { '@_schemeName': 'organization' }),
          },
        },
      },
      'cac:ProcurementProject': {
        'cbc:ID': plain(n, 'BT-22-Procedure'),
        'cbc:Name': multilingual(n['BT-21-Procedure']),
        'cbc:Description': multilingual(n['BT-24-Procedure']),
        'cbc:Note': multilingual(n['BT-300-Procedure']),
        'cac:RealizedLocation': {
          'cac:Address': {
            'cac:Country': { 'cbc:IdentificationCode': plain(n, 'BT-5141-Procedure', { '@_listName': 'country' }) },
          },
        },
      },
      'cac:ProcurementProjectLot': notice.lots.map(lot),
    }),
  }) as string;
}
