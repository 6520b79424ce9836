// Items in every state and classification, with markers that must never appear in public output.
import { createOrganisation, createPerson, json, type Harness, type TestPerson } from '../test-support/harness.ts';
import { challengeInput, solutionInput } from '../test-support/items.ts';

export const SECRET = {
  reviewNote: 'GEHEIME-REVIEWNOTITIE',
  internalTitle: 'INTERNE-oplossing niet voor open data',
  confidentialTitle: 'VERTROUWELIJKE uitdaging niet voor open data',
  draftTitle: 'KLADVERSIE oplossing niet voor open data',
  street: 'Geheimstraat 13',
};

export interface PublicFixture {
  provider: TestPerson;
  ambassador: TestPerson;
  publicSolutionId: string;
  publicChallengeId: string;
  internalSolutionId: string;
  confidentialChallengeId: string;
}

async function post(h: Harness, person: TestPerson, url: string, payload: object): Promise<{ id: string }> {
  const response = await h.app.inject({ method: 'POST', url, headers: person.auth, payload });
  if (response.statusCode >= 300) throw new Error(`${url}: ${response.body}`);
  return json<{ id: string }>(response);
}

async function publish(
  h: Harness,
  fx: { provider: TestPerson; ambassador: TestPerson },
  kind: 'solutions' | 'challenges',
  input: object,
): Promise<string> {
  const { id } = await post(h, fx.provider, `/api/v1/${kind}`, input);
  await post(h, fx.provider, `/api/v1/${kind}/${id}/transitions`, { action: 'submit' });
  await post(h, fx.ambassador, `/api/v1/${kind}/${id}/transitions`, { action: 'publish' });
  return id;
}

export async function publicationFixture(h: Harness): Promise<PublicFixture> {
  const organisationId = await createOrganisation(h.db, 'Zilverdraad bv');
  await h.db
    .updateTable('organisations')
    .set({ street: SECRET.street, website: 'https://zilverdraad.example' })
    .where('id', '=', organisationId)
    .execute();
  const people = {
    provider: await createPerson(h.db, 'member', organisationId),
    ambassador: await createPerson(h.db, 'ambassador'),
  };
  const publicSolutionId = await publish(
    h,
    people,
    'solutions',
    solutionInput({ references: 'Drie woonzorgcentra <b>& co</b>' }),
  );
  const publicChallengeId = await publish(
    h,
    people,
    'challenges',
    challengeInput({ title: 'Uitdaging met "aanhalingstekens", komma\'s en\nregels' }),
  );
  const internalSolutionId = await publish(
    h,
    people,
    'solutions',
    solutionInput({ title: SECRET.internalTitle, classification: 'internal' }),
  );
  const confidentialChallengeId = await publish(
    h,
    people,
    'challenges',
    challengeInput({ title: SECRET.confidentialTitle, classification: 'confidential' }),
  );
  await post(h, people.provider, '/api/v1/solutions', solutionInput({ title: SECRET.draftTitle }));
  const sentBack = await post(
    h,
    people.provider,
    '/api/v1/solutions',
    solutionInput({ title: 'Teruggestuurde oplossing met notitie' }),
  );
  await post(h, people.provider, `/api/v1/solutions/${sentBack.id}/transitions`, { action: 'submit' });
  await post(h, people.ambassador, `/api/v1/solutions/${sentBack.id}/transitions`, {
    action: 'send_back',
    reason: SECRET.reviewNote,
  });
  // A note left on a published item must still never leave the platform.
  await h.db
    .updateTable('solutions')
    .set({ review_note: SECRET.reviewNote })
    .where('id', '=', publicSolutionId)
    .execute();
  return { ...people, publicSolutionId, publicChallengeId, internalSolutionId, confidentialChallengeId };
}
