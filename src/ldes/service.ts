// The LDES of published items: the consumer that records a member whenever the public view of an item
// changes (in the outbox's order, in the transaction of its cursor), and the stream's documents: the
// event stream with its view description, and its pages, fixed ranges of the member log.
import { createHash } from 'node:crypto';
import type { Quad } from 'n3';
import type { Services } from '../app-types.ts';
import type { DomainEvent, SharedConsumer } from '../events/types.ts';
import * as repository from './repository.ts';
import { memberIri, memberQuads } from './members.ts';
import { about, blank, dateTimeLiteral, node, plain, typedLiteral } from './rdf.ts';
import { shapeIri, shapeQuads } from './shape.ts';

/** Seconds a follower should wait between polls of the open page; also its cache lifetime. */
export const POLLING_INTERVAL = 60;
const LICENSE = 'http://publications.europa.eu/resource/authority/licence/CC0';

/** What a version says, without its modification time: a change nobody outside can see makes no version. */
function contentHash(item: repository.PublicItem): string {
  const { updated_at: _ignored, ...visible } = item;
  return createHash('sha256').update(JSON.stringify(visible)).digest('base64url');
}

/**
 * Records a version when the item's public view changed, a tombstone when it left publication: two
 * statements an event, the read of the public view and an append that compares with the latest member.
 */
export async function recordVersion(services: Services, event: DomainEvent): Promise<void> {
  if (event.type !== 'item.changed') return;
  const item = await repository.publicItem(services.db, event.kind, event.id);
  await repository.appendMemberIfNew(services.db, {
    kind: event.kind,
    id: event.id,
    content: item ?? null,
    contentHash: item ? contentHash(item) : null,
  });
}

export const ldesMembers: SharedConsumer = {
  name: 'ldes-members',
  handles: (event) => event.type === 'item.changed',
  apply: (services, event) => recordVersion(services, event),
};

export const streamIri = (baseUrl: string): string => `${baseUrl}/ldes/items`;
export const pageIri = (baseUrl: string, page: number): string => `${baseUrl}/ldes/items/pages/${page}`;

/** The event stream with its members' shape, its root page and the view description with its retention policy. */
function streamQuads(baseUrl: string): Quad[] {
  const stream = node(streamIri(baseUrl));
  const view = node(`${streamIri(baseUrl)}#view`);
  const retention = blank('retention');
  return [
    ...about(stream, [
      ['a', node('ldes:EventStream')],
      ['dcterms:title', plain('Helemaal Digitaal: published challenges and solutions', 'en')],
      ['dcterms:title', plain('Helemaal Digitaal: gepubliceerde uitdagingen en oplossingen', 'nl')],
      ['dcterms:license', node(LICENSE)],
      ['ldes:timestampPath', node('prov:generatedAtTime')],
      ['ldes:versionOfPath', node('dcterms:isVersionOf')],
      ['ldes:versionDeletePath', node('a')],
      ['ldes:versionDeleteObject', node('as:Delete')],
      ['ldes:pollingInterval', typedLiteral(POLLING_INTERVAL, 'xsd:integer')],
      ['tree:shape', node(shapeIri(baseUrl))],
      ['tree:view', node(pageIri(baseUrl, 0))],
    ]),
    ...about(node(pageIri(baseUrl, 0)), [['tree:viewDescription', view]]),
    ...about(view, [
      ['a', node('tree:ViewDescription')],
      ['a', node('ldes:EventSource')],
      ['a', node('dcat:DataService')],
      ['dcat:endpointURL', stream],
      ['dcat:servesDataset', stream],
      ['ldes:retentionPolicy', retention],
    ]),
    // Every member since the stream began is kept: all versions and all tombstones.
    ...about(retention, [
      ['a', node('ldes:RetentionPolicy')],
      ['ldes:startingFrom', dateTimeLiteral(new Date(0))],
    ]),
  ];
}

export interface LdesDocument {
  quads: Quad[];
  /** Full pages never change again: cache them for a year. */
  immutable: boolean;
  lastModified: Date;
}

/** The event stream's description, pointing to its first page. */
export async function eventStream(services: Services): Promise<LdesDocument> {
  const [first] = await repository.membersBetween(services.db, 0, 1);
  return {
    quads: streamQuads(services.config.baseUrl),
    immutable: false,
    lastModified: first?.generated_at ?? new Date(0),
  };
}

/**
 * Page `n` holds members n·size … (n+1)·size − 1. Once the next page has its first member, the page
 * gets its relation to it (every member there is at or after that member's time) and never changes.
 * Undefined for a page that does not exist yet.
 */
export async function streamPage(services: Services, page: number): Promise<LdesDocument | undefined> {
  const size = services.config.ldesPageSize;
  const baseUrl = services.config.baseUrl;
  // The page's members and the next page's first, which decides the relation.
  const rows = await repository.membersBetween(services.db, page * size, (page + 1) * size + 1);
  if (page > 0 && rows.length === 0) return undefined;
  const members = rows.slice(0, size);
  const next = rows[size];
  const subject = node(pageIri(baseUrl, page));
  const quads: Quad[] = [...streamQuads(baseUrl), ...about(subject, [['a', node('tree:Node')]])];
  if (next) {
    const relation = blank('relation');
    quads.push(
      ...about(subject, [
        ['tree:relation', relation],
        ['ldes:immutable', typedLiteral(true, 'xsd:boolean')],
      ]),
      ...about(relation, [
        ['a', node('tree:GreaterThanOrEqualToRelation')],
        ['tree:node', node(pageIri(baseUrl, page + 1))],
        ['tree:path', node('prov:generatedAtTime')],
        ['tree:value', dateTimeLiteral(next.generated_at)],
      ]),
    );
  }
  for (const row of members) {
    quads.push(...about(node(streamIri(baseUrl)), [['tree:member', node(memberIri(baseUrl, row.sequence))]]));
    quads.push(...memberQuads(baseUrl, row));
  }
  const newest = rows.at(-1)?.generated_at ?? new Date(0);
  return { quads, immutable: next !== undefined, lastModified: newest };
}

/** One member as recorded, which never changes: what its IRI dereferences to. Undefined before it exists. */
export async function streamMember(services: Services, sequence: number): Promise<LdesDocument | undefined> {
  const row = await repository.memberAt(services.db, sequence);
  if (!row) return undefined;
  const baseUrl = services.config.baseUrl;
  return {
    quads: [
      ...about(node(streamIri(baseUrl)), [['tree:member', node(memberIri(baseUrl, row.sequence))]]),
      ...memberQuads(baseUrl, row),
    ],
    immutable: true,
    lastModified: row.generated_at,
  };
}

/** The shape changes only with a release, so it is as old as the process at most. */
const started = new Date();

/** The SHACL shape of the members. */
export function memberShape(services: Services): LdesDocument {
  return { quads: shapeQuads(services.config.baseUrl), immutable: false, lastModified: started };
}
