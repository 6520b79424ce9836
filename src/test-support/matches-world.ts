// A small world for match tests: a care home with a published challenge, a provider with a published
// solution, a curating ambassador, and people who must not act on either.
import assert from 'node:assert/strict';
import { startHarness, createOrganisation, createPerson, type Harness, type TestPerson } from './harness.ts';
import { challengeInput, solutionInput } from './items.ts';
import type { LiveServer } from './browser.ts';
import { findPair, insertMatch } from '../matches/repository.ts';
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

/** The care home asks for a match with a solution the provider publishes for it, so each call makes a new pair. */
export async function proposedMatch(w: World, title = `Beeldbellen ${Math.random()}`): Promise<string> {
  const solutionId = await publish(w.h, 'solutions', w.provider, w.ambassador, solutionInput({ title }));
  const response = await w.h.app.inject({
    method: 'POST',
    url: '/api/v1/matches/requests',
    headers: w.careHome.auth,
    payload: { challengeId: w.challengeId, solutionId },
  });
  return response.json().id;
}

/** A new match accepted by both sides (the care home asked, the provider accepts), with what that sets off settled. */
export async function acceptedMatch(w: World, title?: string): Promise<string> {
  const id = await proposedMatch(w, title);
  const accepted = await w.h.app.inject({
    method: 'POST',
    url: `/api/v1/matches/${id}/decision`,
    headers: w.provider.auth,
    payload: { decision: 'accept' },
  });
  assert.equal(accepted.json().status, 'accepted');
  await w.h.services.events.settled();
  return id;
}

/**
 * In the demo content: a new match of a published solution of the provider member's organisation with a challenge
 * the engine finds for it and that has a member, accepted by both sides and curated by the ambassador.
 */
export async function acceptedDemoMatch(
  server: LiveServer,
  emails: { provider: string; ambassador: string },
): Promise<{ id: string; challengeMember: string }> {
  const db = server.services.db;
  const ambassador = await db
    .selectFrom('people')
    .select('id')
    .where('email', '=', emails.ambassador)
    .executeTakeFirstOrThrow();
  const solution = await db
    .selectFrom('solutions')
    .innerJoin('memberships', 'memberships.organisation_id', 'solutions.provider_organisation_id')
    .innerJoin('people', 'people.id', 'memberships.person_id')
    .select('solutions.id')
    .where('people.email', '=', emails.provider)
    .where('solutions.status', '=', 'published')
    .executeTakeFirstOrThrow();
  for (const result of await server.services.matching.matchesFor('solution', solution.id, null, 50)) {
    if (await findPair(db, result.id, solution.id)) continue;
    const member = await db
      .selectFrom('challenges')
      .innerJoin('memberships', 'memberships.organisation_id', 'challenges.owner_organisation_id')
      .innerJoin('people', 'people.id', 'memberships.person_id')
      .select('people.email')
      .where('challenges.id', '=', result.id)
      .executeTakeFirst();
    if (!member) continue;
    await db
      .updateTable('challenges')
      .set({ assigned_ambassador_id: ambassador.id })
      .where('id', '=', result.id)
      .execute();
    const now = new Date();
    const match = await insertMatch(db, {
      challenge_id: result.id,
      solution_id: solution.id,
      origin: 'ambassador',
      status: 'accepted',
      created_by: ambassador.id,
      score: result.score,
      explanation: null,
      challenge_accepted_at: now,
      solution_accepted_at: now,
    });
    assert.ok(match);
    return { id: match.id, challengeMember: member.email };
  }
  throw new Error(`no challenge with a member left to pair with a solution of ${emails.provider}`);
}
