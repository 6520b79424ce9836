// What one member of the LDES says: a version of a published item, with OSLO/DCAT terms (as in the
// open data files) and schema.org terms (as on the detail pages), or the tombstone of an item that
// left publication. Every version points to the item's stable IRI with dcterms:isVersionOf and
// carries the time it was recorded in prov:generatedAtTime, the stream's timestamp path.
import type { NamedNode, Quad } from 'n3';
import { challengeNode, itemIri, organisationIri, solutionNode } from '../opendata/items.ts';
import type { PublicChallenge, PublicSolution } from '../opendata/service.ts';
import type { MemberRow } from './repository.ts';
import { about, blank, dateTimeLiteral, node, plain, propertiesOf, typedLiteral, type Name } from './rdf.ts';

const NUTS = 'http://data.europa.eu/nuts/code/';

export const memberIri = (baseUrl: string, sequence: number): string => `${baseUrl}/ldes/items/members/${sequence}`;

const itemOf = (baseUrl: string, row: MemberRow): string =>
  itemIri(baseUrl, row.item_kind === 'challenge' ? 'challenges' : 'solutions', row.item_id);

/** The stored snapshot, its times as dates again (JSON kept them as strings). */
function snapshot<R extends PublicChallenge | PublicSolution>(content: Record<string, unknown>): R {
  const published = content.published_at;
  return {
    ...content,
    published_at: typeof published === 'string' ? new Date(published) : null,
    updated_at: new Date(String(content.updated_at)),
  } as unknown as R;
}

/** The organisation behind the item: what a partner's follower shows and matches on, its country included. */
function organisationQuads(baseUrl: string, sequence: number, row: PublicChallenge | PublicSolution) {
  const organisation = blank(`organisation${sequence}`);
  const address = blank(`address${sequence}`);
  const quads = [
    ...about(organisation, [
      ['a', node('schema:Organization')],
      ['a', node('rov:RegisteredOrganization')],
      ['schema:name', plain(row.organisation_name)],
      ['rov:legalName', plain(row.organisation_name)],
      ['rov:orgType', plain(row.organisation_kind)],
      ['hd:isSme', typedLiteral(row.organisation_is_sme, 'xsd:boolean')],
      ['schema:sameAs', node(organisationIri(baseUrl, row))],
      ['schema:address', address],
    ]),
    // The country only (ISO 3166-1 alpha-2): never a street or a postal code.
    ...about(address, [
      ['a', node('schema:PostalAddress')],
      ['schema:addressCountry', plain(row.organisation_country)],
    ]),
  ];
  return { organisation, quads };
}

/** schema.org terms every version of either kind carries. */
function schemaOrgCommon(subject: NamedNode, page: string, row: PublicChallenge | PublicSolution) {
  const published: Array<[Name, ReturnType<typeof plain>]> = row.published_at
    ? [['schema:datePublished', dateTimeLiteral(row.published_at)]]
    : [];
  return about(subject, [
    ['schema:name', plain(row.title, row.language)],
    ['schema:description', plain(row.description, row.language)],
    ['schema:url', node(page)],
    ['schema:inLanguage', plain(row.language)],
    ['schema:dateModified', dateTimeLiteral(row.updated_at)],
    ...published,
  ]);
}

function challengeQuads(baseUrl: string, sequence: number, item: string, row: PublicChallenge): Quad[] {
  const subject = node(memberIri(baseUrl, sequence));
  const { organisation, quads } = organisationQuads(baseUrl, sequence, row);
  return [
    ...about(subject, [
      ['a', node('hd:Challenge')],
      ['a', node('schema:Demand')],
      ['schema:areaServed', node(NUTS + row.region)],
      ['schema:seller', organisation],
    ]),
    ...propertiesOf(challengeNode(baseUrl, row), subject),
    ...schemaOrgCommon(subject, item, row),
    ...quads,
  ];
}

function solutionQuads(baseUrl: string, sequence: number, item: string, row: PublicSolution): Quad[] {
  const subject = node(memberIri(baseUrl, sequence));
  const { organisation, quads } = organisationQuads(baseUrl, sequence, row);
  const offer = blank(`offer${sequence}`);
  return [
    ...about(subject, [
      ['a', node('hd:Solution')],
      ['a', node('schema:Service')],
      ['schema:provider', organisation],
      ['schema:serviceType', plain(row.kind)],
      ['schema:offers', offer],
      ...row.regions_served.map((region): [Name, NamedNode] => ['schema:areaServed', node(NUTS + region)]),
      ...row.languages.map((language): [Name, ReturnType<typeof plain>] => [
        'schema:availableLanguage',
        plain(language),
      ]),
    ]),
    ...about(offer, [
      ['a', node('schema:Offer')],
      ['schema:category', plain(row.pricing)],
    ]),
    ...propertiesOf(solutionNode(baseUrl, row), subject),
    ...schemaOrgCommon(subject, item, row),
    ...quads,
  ];
}

/** The quads of one member: a version of the item, or its tombstone (an as:Delete). */
export function memberQuads(baseUrl: string, row: MemberRow): Quad[] {
  const subject = node(memberIri(baseUrl, row.sequence));
  const item = itemOf(baseUrl, row);
  const version = about(subject, [
    ['dcterms:isVersionOf', node(item)],
    ['prov:generatedAtTime', dateTimeLiteral(row.generated_at)],
  ]);
  if (row.deleted || row.content === null) {
    return [
      ...about(subject, [
        ['a', node('as:Delete')],
        ['as:object', node(item)],
      ]),
      ...version,
    ];
  }
  const described =
    row.item_kind === 'challenge'
      ? challengeQuads(baseUrl, row.sequence, item, snapshot<PublicChallenge>(row.content))
      : solutionQuads(baseUrl, row.sequence, item, snapshot<PublicSolution>(row.content));
  return [...version, ...described];
}
