// Federation tests run real instances listening on 127.0.0.1, each with a database of its own, and
// tiny fake partners serving a hand-written LDES in Turtle, for the answers a real instance never gives.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  startHarness,
  createOrganisation,
  createPerson,
  type Harness,
  type TestPerson,
} from '../test-support/harness.ts';

export interface Instance {
  h: Harness;
  url: string;
  admin: TestPerson;
  ambassador: TestPerson;
  member: TestPerson;
}

/** A whole platform on an ephemeral port, with an admin, an ambassador and a member of one organisation. */
export async function startInstance(name: string): Promise<Instance> {
  const h = await startHarness();
  await h.app.listen({ port: 0, host: '127.0.0.1' });
  const url = `http://127.0.0.1:${(h.app.server.address() as AddressInfo).port}`;
  // Links in what the instance serves point at where it really listens.
  h.services.config.baseUrl = url;
  const organisation = await createOrganisation(h.db, name);
  return {
    h,
    url,
    admin: await createPerson(h.db, 'admin'),
    ambassador: await createPerson(h.db, 'ambassador'),
    member: await createPerson(h.db, 'member', organisation),
  };
}

export async function publishItem(
  instance: Instance,
  kind: 'challenges' | 'solutions',
  input: Record<string, unknown>,
): Promise<string> {
  const { h, member, ambassador } = instance;
  const created = await h.app.inject({ method: 'POST', url: `/api/v1/${kind}`, headers: member.auth, payload: input });
  if (created.statusCode !== 201) throw new Error(`creating failed: ${created.body}`);
  const id = created.json().id as string;
  for (const [person, action] of [
    [member, 'submit'],
    [ambassador, 'publish'],
  ] as const) {
    const moved = await h.app.inject({
      method: 'POST',
      url: `/api/v1/${kind}/${id}/transitions`,
      headers: person.auth,
      payload: { action },
    });
    if (moved.statusCode !== 200) throw new Error(`${action} failed: ${moved.body}`);
  }
  return id;
}

/** Registers a partner on `on` by its LDES address, through the API; returns its id there. */
export async function registerPartner(on: Instance, name: string, ldesUrl: string): Promise<string> {
  const response = await on.h.app.inject({
    method: 'POST',
    url: '/api/v1/federation/partners',
    headers: on.admin.auth,
    payload: { name, ldesUrl },
  });
  if (response.statusCode !== 201) throw new Error(`registering failed: ${response.body}`);
  return (response.json() as { id: string }).id;
}

export type Handler = (request: IncomingMessage, response: ServerResponse) => void;

export interface FakePartner {
  url: string;
  /** The path of every request, in order. */
  requests: string[];
  /** What each path answers; change it between syncs. Any other path gets 404. */
  routes: Map<string, Handler>;
  close(): Promise<void>;
}

/** A fake partner on 127.0.0.1 answering by path. */
export async function fakePartner(routes: Record<string, Handler> = {}): Promise<FakePartner> {
  const requests: string[] = [];
  const table = new Map(Object.entries(routes));
  const server: Server = createServer((request, response) => {
    const path = request.url ?? '';
    requests.push(path);
    const handler = table.get(path);
    if (handler) return handler(request, response);
    response.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    requests,
    routes: table,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Answers with `body`, where {base} becomes the address the request came to. */
export const answer =
  (status: number, body: string, contentType = 'text/turtle'): Handler =>
  (request, response) => {
    response.writeHead(status, { 'content-type': contentType });
    response.end(body.replaceAll('{base}', `http://${request.headers.host}`));
  };

const PREFIXES = `@prefix tree: <https://w3id.org/tree#> .
@prefix ldes: <https://w3id.org/ldes#> .
@prefix dcterms: <http://purl.org/dc/terms/> .
@prefix prov: <http://www.w3.org/ns/prov#> .
@prefix as: <https://www.w3.org/ns/activitystreams#> .
@prefix schema: <https://schema.org/> .
@prefix rov: <http://www.w3.org/ns/regorg#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix hd: <https://helemaaldigitaal.vlaanderen.be/ns#> .
`;

/** The event stream document at {base}/ldes/items, its view the first page. */
export const STREAM = `${PREFIXES}
<{base}/ldes/items> a ldes:EventStream ; tree:view <{base}/ldes/items/pages/0> .`;

/** A page of the fake stream: its members (Turtle from challengeVersion/tombstone) and, once full, its relation onward. */
export function streamPage(page: number, members: string[], next = false): string {
  const relation = next
    ? `<{base}/ldes/items/pages/${page}> tree:relation [ a tree:GreaterThanOrEqualToRelation ;
        tree:node <{base}/ldes/items/pages/${page + 1}> ] .`
    : '';
  return `${PREFIXES}
<{base}/ldes/items> a ldes:EventStream ; tree:view <{base}/ldes/items/pages/0> .
<{base}/ldes/items/pages/${page}> a tree:Node .
${relation}
${members.join('\n')}`;
}

export interface FakeChallenge {
  member: number;
  item: string;
  title: string;
  time: string;
  status?: string;
  url?: string;
}

/** A member that is a version of a challenge, as our own producer writes it. */
export function challengeVersion(c: FakeChallenge): string {
  const member = `<{base}/ldes/items/members/${c.member}>`;
  return `<{base}/ldes/items> tree:member ${member} .
${member} a hd:Challenge, schema:Demand ;
  dcterms:isVersionOf <{base}/challenges/${c.item}> ;
  prov:generatedAtTime "${c.time}"^^xsd:dateTime ;
  schema:url <${c.url ?? `{base}/challenges/${c.item}`}> ;
  dcterms:title ${JSON.stringify(c.title)}@nl ;
  dcterms:description "Een uitdaging van een partnerregio die lang genoeg is om geldig te zijn voor het platform."@nl ;
  schema:inLanguage "nl" ;
  hd:sector "care" ;
  hd:spearhead 5 ;
  hd:status "${c.status ?? 'published'}" ;
  dcterms:spatial <http://data.europa.eu/nuts/code/BE2> ;
  hd:urgency "medium" ;
  hd:desiredKind "app" ;
  hd:durationMonths 6 ;
  schema:seller [ a schema:Organization ; schema:name "Partnerorganisatie" ; rov:orgType "company" ;
    hd:isSme true ; schema:sameAs <{base}/id/organisation/org-1> ;
    schema:address [ schema:addressCountry "NL" ] ] .`;
}

/** A member that is the tombstone of an item. */
export function tombstone(member: number, item: string, time: string): string {
  const iri = `<{base}/ldes/items/members/${member}>`;
  return `<{base}/ldes/items> tree:member ${iri} .
${iri} a as:Delete ; as:object <{base}/challenges/${item}> ; dcterms:isVersionOf <{base}/challenges/${item}> ;
  prov:generatedAtTime "${time}"^^xsd:dateTime .`;
}

/** A port nothing listens on: bound, read, released. */
export async function closedPort(): Promise<string> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  await new Promise((resolve) => server.close(resolve));
  return `http://127.0.0.1:${port}`;
}
