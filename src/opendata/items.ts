// Challenges, solutions and their organisations as RDF resources. Organisations follow OSLO
// Organisatie: a rov:RegisteredOrganization with its legal name and its KBO number as an
// adms:Identifier; Belgian ones get the data.vlaanderen.be IRI that OSLO mints from the KBO number.
import { dateTime, iri, text, typed, type GraphNode, type Term } from './graph.ts';
import type { PublicChallenge, PublicOrganisation, PublicSolution } from './repository.ts';
import { linkableWebsite } from '../shared/web-address.ts';

const LANGUAGE_AUTHORITY = 'http://publications.europa.eu/resource/authority/language/';
const EU_LANGUAGES: Record<string, string> = { nl: 'NLD', fr: 'FRA', en: 'ENG', es: 'SPA' };
const NUTS = 'http://data.europa.eu/nuts/code/';

export function organisationIri(baseUrl: string, row: PublicOrganisation): string {
  return row.organisation_country === 'BE'
    ? `https://data.vlaanderen.be/id/organisatie/${row.organisation_enterprise_number}`
    : `${baseUrl}/id/organisation/${encodeURIComponent(row.organisation_enterprise_number)}`;
}

export const itemIri = (baseUrl: string, kind: 'challenges' | 'solutions', id: string): string =>
  `${baseUrl}/${kind}/${id}`;

const languageTerm = (code: string): Term => iri(LANGUAGE_AUTHORITY + (EU_LANGUAGES[code] ?? 'MUL'));
const strings = (values: string[]): Term[] => values.map((value) => text(value));

function organisationNodes(baseUrl: string, row: PublicOrganisation): GraphNode[] {
  const id = organisationIri(baseUrl, row);
  const identifier = `${id}#identifier`;
  const homepage = linkableWebsite(row.organisation_website);
  const website = homepage ? { 'foaf:homepage': [iri(homepage)] } : {};
  return [
    {
      id,
      types: ['rov:RegisteredOrganization'],
      properties: {
        'rov:legalName': [text(row.organisation_name)],
        'rov:registration': [iri(identifier)],
        'rov:orgType': [text(row.organisation_kind)],
        'hd:isSme': [typed(row.organisation_is_sme, 'xsd:boolean')],
        ...website,
      },
    },
    {
      id: identifier,
      types: ['adms:Identifier'],
      properties: {
        'skos:notation': [text(row.organisation_enterprise_number)],
        'adms:schemaAgency': [text(row.organisation_country === 'BE' ? 'KBO' : row.organisation_country)],
      },
    },
  ];
}

function commonProperties(row: PublicChallenge | PublicSolution, organisation: string): GraphNode['properties'] {
  return {
    'dcterms:identifier': [text(row.id)],
    'dcterms:title': [text(row.title, row.language)],
    'dcterms:description': [text(row.description, row.language)],
    'dcterms:language': [languageTerm(row.language)],
    'dcterms:publisher': [iri(organisation)],
    'hd:sector': strings(row.sectors),
    'hd:spearhead': row.spearheads.map((s) => typed(s, 'xsd:integer')),
    'hd:status': [text(row.status)],
    ...(row.published_at ? { 'dcterms:issued': [dateTime(row.published_at)] } : {}),
    'dcterms:modified': [dateTime(row.updated_at)],
  };
}

function optional(
  key: `hd:${string}`,
  value: string | number | null,
  datatype?: 'xsd:integer' | 'xsd:date',
): GraphNode['properties'] {
  if (value === null) return {};
  return { [key]: [datatype ? typed(value, datatype) : text(String(value))] };
}

export function challengeNode(baseUrl: string, row: PublicChallenge): GraphNode {
  return {
    id: itemIri(baseUrl, 'challenges', row.id),
    types: ['hd:Challenge'],
    properties: {
      ...commonProperties(row, organisationIri(baseUrl, row)),
      'dcterms:spatial': [iri(NUTS + row.region)],
      'hd:urgency': [text(row.urgency)],
      'hd:desiredKind': strings(row.desired_kinds),
      ...optional('hd:deadline', row.deadline, 'xsd:date'),
      ...optional('hd:durationMonths', row.duration_months, 'xsd:integer'),
    },
  };
}

export function solutionNode(baseUrl: string, row: PublicSolution): GraphNode {
  return {
    id: itemIri(baseUrl, 'solutions', row.id),
    types: ['hd:Solution'],
    properties: {
      ...commonProperties(row, organisationIri(baseUrl, row)),
      'dcterms:spatial': row.regions_served.map((region) => iri(NUTS + region)),
      'hd:kind': [text(row.kind)],
      'hd:technology': strings(row.technologies),
      'hd:pricing': [text(row.pricing)],
      'hd:offeredIn': row.languages.map(languageTerm),
      ...optional('hd:trl', row.trl, 'xsd:integer'),
      ...optional('hd:marketStage', row.market_stage),
      ...optional('hd:freeMonths', row.free_months, 'xsd:integer'),
      ...(row.reference_text ? { 'hd:references': [text(row.reference_text, row.language)] } : {}),
    },
  };
}

/** The items and, once each, the organisations behind them. */
export function itemGraph<R extends PublicChallenge | PublicSolution>(
  baseUrl: string,
  rows: R[],
  toNode: (baseUrl: string, row: R) => GraphNode,
): GraphNode[] {
  const organisations = new Map<string, GraphNode[]>();
  for (const row of rows) organisations.set(row.organisation_id, organisationNodes(baseUrl, row));
  return [...rows.map((row) => toNode(baseUrl, row)), ...[...organisations.values()].flat()];
}
