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
  const cause = error instanceof Error ? (error.cause as { code?: string; message?: string } | undefined) : undefined;
  if (cause?.message === 'unexpected redirect')
    return new SyncFailure(`${url}: the partner answered with a redirect, which is not followed`);
  return new SyncFailure(
    `${url}: partner unreachable (${cause?.code ?? (error instanceof Error ? error.message : 'network error')})`,
  );
}

async function fetchQuads(url: string, options: FollowOptions): Promise<Quad[]> {
  let response: Response;
  try {
    response = await fetch(url, {
      headers: { accept: 'text/turtle' },
      redirect: 'error',
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
    return new Parser({ baseIRI: url }).parse(text);
  } catch {
    throw new SyncFailure(`${url}: answer is not valid Turtle`);
  }
}

const streamOf = (quads: Quad[]): string | undefined =>
  quads.find((q) => q.predicate.value === RDF_TYPE && q.object.value === EVENT_STREAM)?.subject.value;

/**
 * A page the partner points to must be on its stream's own origin: a partner cannot make this
 * instance fetch addresses elsewhere (its own network, other sites) on its behalf.
 */
function onOrigin(page: string, ldesUrl: string, from: string): string {
  let url: URL;
  try {
    url = new URL(page);
  } catch {
    throw new SyncFailure(`${from}: a page address that is not a web address`);
  }
  if (url.origin !== new URL(ldesUrl).origin)
    throw new SyncFailure(`${from}: a page on another site (${url.origin}), which is not followed`);
  return url.toString();
}

/** The first page of the stream at `ldesUrl`: its tree:view. */
export async function firstPage(ldesUrl: string, options: FollowOptions): Promise<string> {
  const quads = await fetchQuads(ldesUrl, options);
  const triples = new Triples(quads);
  const stream = streamOf(quads);
  const view = stream ? triples.value(stream, `${TREE}view`) : undefined;
  if (!view) throw new SyncFailure(`${ldesUrl}: not an LDES (no ldes:EventStream with a tree:view)`);
  return onOrigin(view, ldesUrl, ldesUrl);
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

/** One page of the stream at `ldesUrl`, every member on it read and checked, or a SyncFailure naming what is wrong. */
export async function readPage(url: string, ldesUrl: string, options: FollowOptions): Promise<StreamPage> {
  const quads = await fetchQuads(url, options);
  const triples = new Triples(quads);
  try {
    const next = nextPage(triples, quads, url);
    return { url, members: membersInOrder(triples, quads), next: next && onOrigin(next, ldesUrl, url) };
  } catch (error) {
    if (error instanceof MemberProblem) throw new SyncFailure(`${url}: ${error.message}`);
    throw error;
  }
}
