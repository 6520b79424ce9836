// Following a partner's LDES, network half: finds the stream's view from its address, reads one page in
// Turtle (n3's parser), and returns its members, each read and checked in full, in the stream's order,
// with the page its tree:relation leads to. Nothing reaches the database unless the whole page is good.
import { Parser, type Quad } from 'n3';
import { MemberProblem, readMember, Triples, type Member } from './members.ts';

export interface FollowOptions {
  timeoutMs: number;
  /** A partner whose pages never end (or go round in a circle) is cut off after this many in one sync. */
  maxPages: number;
}

export const DEFAULT_FOLLOW_OPTIONS: FollowOptions = { timeoutMs: 15_000, maxPages: 1_000 };

// A page holds a few hundred members of at most ~15 kB each.
const MAX_PAGE_CHARACTERS = 20_000_000;
const TREE = 'https://w3id.org/tree#';
const RDF_TYPE = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#type';
const EVENT_STREAM = 'https://w3id.org/ldes#EventStream';
const RDF_MEDIA_TYPES = ['text/turtle', 'application/n-triples', 'application/trig', 'application/n-quads'];

/** A sync that failed for a reason worth showing to the admin. */
export class SyncFailure extends Error {
  override name = 'SyncFailure';
}

export interface StreamPage {
  url: string;
  /** Oldest first, by prov:generatedAtTime, the page's own order where times are equal. */
  members: Member[];
  /** The page the tree:relation leads to; null on the page still being written. */
  next: string | null;
}

function networkProblem(error: unknown, url: string, options: FollowOptions): SyncFailure {
  if (error instanceof Error && error.name === 'TimeoutError')
    return new SyncFailure(`${url}: no answer within ${options.timeoutMs / 1000} s`);
  const cause = error instanceof Error ? (error.cause as { code?: string } | undefined) : undefined;
  return new SyncFailure(
    `${url}: partner unreachable (${cause?.code ?? (error instanceof Error ? error.message : 'network error')})`,
  );
}

async function fetchQuads(url: string, options: FollowOptions): Promise<Quad[]> {
  let response: Response;
  try {
    response = await fetch(url, {
      headers: { accept: 'text/turtle' },
      signal: AbortSignal.timeout(options.timeoutMs),
    });
  } catch (error) {
    throw networkProblem(error, url, options);
  }
  if (!response.ok) {
    await response.body?.cancel();
    throw new SyncFailure(`${url}: partner answered HTTP ${response.status}`);
  }
  const mediaType = (response.headers.get('content-type') ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  if (!RDF_MEDIA_TYPES.includes(mediaType)) {
    await response.body?.cancel();
    throw new SyncFailure(`${url}: answer is not Turtle (${mediaType || 'no media type'})`);
  }
  let text: string;
  try {
    text = await response.text();
  } catch (error) {
    throw networkProblem(error, url, options);
  }
  if (text.length > MAX_PAGE_CHARACTERS) throw new SyncFailure(`${url}: answer too large`);
  try {
    return new Parser({ baseIRI: response.url || url }).parse(text);
  } catch {
    throw new SyncFailure(`${url}: answer is not valid Turtle`);
  }
}

const streamOf = (quads: Quad[]): string | undefined =>
  quads.find((q) => q.predicate.value === RDF_TYPE && q.object.value === EVENT_STREAM)?.subject.value;

/** The first page of the stream at `ldesUrl`: its tree:view. */
export async function firstPage(ldesUrl: string, options: FollowOptions): Promise<string> {
  const quads = await fetchQuads(ldesUrl, options);
  const triples = new Triples(quads);
  const stream = streamOf(quads);
  const view = stream ? triples.value(stream, `${TREE}view`) : undefined;
  if (!view) throw new SyncFailure(`${ldesUrl}: not an LDES (no ldes:EventStream with a tree:view)`);
  return view;
}

/** Where the page's relations lead (whatever IRI the page calls itself: one page is one document). */
function nextPage(triples: Triples, quads: Quad[], url: string): string | null {
  const relations = quads.filter((q) => q.predicate.value === `${TREE}relation`).map((q) => q.object.value);
  const targets = new Set(relations.flatMap((relation) => triples.values(relation, `${TREE}node`)));
  // Our producer and time-fragmented streams link pages in a chain; a tree of several is not followed.
  if (targets.size > 1) throw new SyncFailure(`${url}: more than one tree:relation, which this follower does not read`);
  return [...targets][0] ?? null;
}

function membersInOrder(triples: Triples, quads: Quad[]): Member[] {
  const iris = [...new Set(quads.filter((q) => q.predicate.value === `${TREE}member`).map((q) => q.object.value))];
  const members = iris.map((iri) => readMember(triples, iri));
  // Array sort is stable: members with the same time keep the page's order.
  return members.sort((a, b) => a.time.getTime() - b.time.getTime());
}

/** One page of the stream, every member on it read and checked, or a SyncFailure naming what is wrong. */
export async function readPage(url: string, options: FollowOptions): Promise<StreamPage> {
  const quads = await fetchQuads(url, options);
  const triples = new Triples(quads);
  try {
    return { url, members: membersInOrder(triples, quads), next: nextPage(triples, quads, url) };
  } catch (error) {
    if (error instanceof MemberProblem) throw new SyncFailure(`${url}: ${error.message}`);
    throw error;
  }
}
