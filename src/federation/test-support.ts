// Federation tests run real instances listening on 127.0.0.1, each with a database of its own,
// and tiny fake partners for the answers a real instance never gives.
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

/** Registers `partner` on `on` through the API; returns the partner's id on `on` and the key `on` gave out. */
export async function registerPartner(
  on: Instance,
  name: string,
  baseUrl: string,
  key: string,
): Promise<{ id: string; inboundKey: string }> {
  const response = await on.h.app.inject({
    method: 'POST',
    url: '/api/v1/federation/partners',
    headers: on.admin.auth,
    payload: { name, baseUrl, key },
  });
  if (response.statusCode !== 201) throw new Error(`registering failed: ${response.body}`);
  const body = response.json() as { partner: { id: string }; inboundKey: string };
  return { id: body.partner.id, inboundKey: body.inboundKey };
}

/** Links two instances both ways, as two regions' admins would: each registers the other with the key it was given. */
export async function federate(
  a: Instance,
  b: Instance,
  nameOfA: string,
  nameOfB: string,
): Promise<{ aOnB: string; bOnA: string }> {
  const onA = await registerPartner(a, nameOfB, b.url, 'placeholder-key-replaced-below');
  const onB = await registerPartner(b, nameOfA, a.url, onA.inboundKey);
  await a.h.db
    .updateTable('federation_partners')
    .set({ outbound_key: onB.inboundKey })
    .where('id', '=', onA.id)
    .execute();
  return { aOnB: onB.id, bOnA: onA.id };
}

export type Handler = (request: IncomingMessage, response: ServerResponse) => void;

export interface FakePartner {
  url: string;
  requests: string[];
  close(): Promise<void>;
}

/** A fake partner on 127.0.0.1 that answers the n-th request (0-based) with handlers[n] (the last one repeats). */
export async function fakePartner(handlers: Handler[]): Promise<FakePartner> {
  const requests: string[] = [];
  const server: Server = createServer((request, response) => {
    requests.push(request.url ?? '');
    const handler = handlers[Math.min(requests.length - 1, handlers.length - 1)] as Handler;
    handler(request, response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    requests,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export const answerJson =
  (status: number, body: unknown): Handler =>
  (_request, response) => {
    response.writeHead(status, { 'content-type': 'application/json' });
    response.end(typeof body === 'string' ? body : JSON.stringify(body));
  };

/** A port nothing listens on: bound, read, released. */
export async function closedPort(): Promise<string> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  await new Promise((resolve) => server.close(resolve));
  return `http://127.0.0.1:${port}`;
}
