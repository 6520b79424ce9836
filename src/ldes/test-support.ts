// A platform for the LDES tests: one organisation with a member, an ambassador who publishes, and
// helpers to publish, edit and withdraw items through the API as people do.
import type { AddressInfo } from 'node:net';
import {
  createOrganisation,
  createPerson,
  startHarness,
  type Harness,
  type TestPerson,
} from '../test-support/harness.ts';
import { challengeInput, solutionInput } from '../test-support/items.ts';

export interface LdesWorld {
  h: Harness;
  member: TestPerson;
  ambassador: TestPerson;
  publish(kind: 'challenges' | 'solutions', overrides?: Record<string, unknown>): Promise<string>;
  /** Creates an item and takes it only as far as `submit` (never published). */
  draft(kind: 'challenges' | 'solutions', overrides?: Record<string, unknown>): Promise<string>;
  edit(kind: 'challenges' | 'solutions', id: string, changes: Record<string, unknown>): Promise<void>;
  /** Until every consumer, the LDES's included, has done every event. */
  settled(): Promise<void>;
}

export async function startLdesWorld(pageSize: number): Promise<LdesWorld> {
  const h = await startHarness({ baseUrl: 'http://hd.test', ldesPageSize: pageSize });
  const organisation = await createOrganisation(h.db, 'Woonzorg De Linde');
  const member = await createPerson(h.db, 'member', organisation);
  const ambassador = await createPerson(h.db, 'ambassador');
  const call = async (method: 'POST' | 'PATCH', url: string, person: TestPerson, payload: object) => {
    const response = await h.app.inject({ method, url, headers: person.auth, payload });
    if (response.statusCode >= 300) throw new Error(`${method} ${url}: ${response.statusCode} ${response.body}`);
    return response.json() as { id: string };
  };
  const input = (kind: 'challenges' | 'solutions', overrides: Record<string, unknown>) =>
    kind === 'challenges' ? challengeInput(overrides) : solutionInput(overrides);
  const draft = async (kind: 'challenges' | 'solutions', overrides: Record<string, unknown> = {}) => {
    const { id } = await call('POST', `/api/v1/${kind}`, member, input(kind, overrides));
    await call('POST', `/api/v1/${kind}/${id}/transitions`, member, { action: 'submit' });
    return id;
  };
  return {
    h,
    member,
    ambassador,
    draft,
    async publish(kind, overrides = {}) {
      const id = await draft(kind, overrides);
      await call('POST', `/api/v1/${kind}/${id}/transitions`, ambassador, { action: 'publish' });
      return id;
    },
    async edit(kind, id, changes) {
      await call('PATCH', `/api/v1/${kind}/${id}`, member, changes);
    },
    settled: () => h.services.events.settled(),
  };
}

/** Listens on an ephemeral port of 127.0.0.1; the links the instance serves point there. */
export async function listen(world: LdesWorld): Promise<string> {
  await world.h.app.listen({ port: 0, host: '127.0.0.1' });
  const url = `http://127.0.0.1:${(world.h.app.server.address() as AddressInfo).port}`;
  world.h.services.config.baseUrl = url;
  return url;
}
