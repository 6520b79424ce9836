// A small world for match tests: a care home with a published challenge, a provider with a published
// solution, a curating ambassador, and people who must not act on either.
import { startHarness, createOrganisation, createPerson, type Harness, type TestPerson } from './harness.ts';
import { challengeInput, solutionInput } from './items.ts';
import type { Mailer } from '../shared/mail.ts';
import type { Config } from '../config.ts';

export interface World {
  h: Harness;
  careHome: TestPerson;
  provider: TestPerson;
  ambassador: TestPerson;
  otherAmbassador: TestPerson;
  stranger: TestPerson;
  challengeId: string;
  solutionId: string;
}

export async function publish(
  h: Harness,
  kind: 'challenges' | 'solutions',
  owner: TestPerson,
  ambassador: TestPerson,
  input: Record<string, unknown>,
): Promise<string> {
  const created = await h.app.inject({ method: 'POST', url: `/api/v1/${kind}`, headers: owner.auth, payload: input });
  const id = created.json().id as string;
  await h.app.inject({
    method: 'POST',
    url: `/api/v1/${kind}/${id}/transitions`,
    headers: owner.auth,
    payload: { action: 'submit' },
  });
  await h.app.inject({
    method: 'POST',
    url: `/api/v1/${kind}/${id}/transitions`,
    headers: ambassador.auth,
    payload: { action: 'publish' },
  });
  return id;
}

export async function startWorld(mailer?: Mailer, config: Partial<Config> = {}): Promise<World> {
  const h = await startHarness({ baseUrl: 'http://hd.test', ...config }, mailer);
  const careOrganisation = await createOrganisation(h.db, 'WZC De Linde');
  await h.db
    .updateTable('organisations')
    .set({ website: 'https://delinde.example', street: 'Lindelaan 4', postal_code: '9000' })
    .where('id', '=', careOrganisation)
    .execute();
  const careHome = await createPerson(h.db, 'member', careOrganisation);
  const provider = await createPerson(h.db, 'member', await createOrganisation(h.db, 'Beeldlijn bv'));
  const ambassador = await createPerson(h.db, 'ambassador', undefined, [5]);
  const otherAmbassador = await createPerson(h.db, 'ambassador', undefined, [1]);
  const stranger = await createPerson(h.db, 'member', await createOrganisation(h.db, 'Elders vzw'));
  const solutionId = await publish(h, 'solutions', provider, ambassador, solutionInput());
  const challengeId = await publish(h, 'challenges', careHome, ambassador, challengeInput());
  return { h, careHome, provider, ambassador, otherAmbassador, stranger, challengeId, solutionId };
}
