// Input for open call tests: phases ending at Brussels wall-clock times days from now.
import type { Harness, TestPerson } from '../test-support/harness.ts';
import { toBrusselsInput } from '../meetings/brussels-time.ts';

const DAY = 86_400_000;
/** A Brussels wall-clock time this many days from now at the given hour. */
export const inDays = (days: number, hour = 17) =>
  `${toBrusselsInput(new Date(Date.now() + days * DAY)).slice(0, 10)}T${String(hour).padStart(2, '0')}:00`;

/** A valid call on this challenge; each test changes what it is about. */
export const callInput = (challengeId: string, overrides: Record<string, unknown> = {}) => ({
  challengeId,
  kind: 'market_consultation',
  eligibility: 'Aanbieders met een werkende oplossing voor videobellen in de zorg.',
  questionsUntil: inDays(10),
  responsesUntil: inDays(30),
  evaluationUntil: inDays(45),
  resultDate: inDays(60),
  questions: [
    { kind: 'text', prompt: 'Beschrijf uw oplossing en waar ze al draait.', maxLength: 2000 },
    { kind: 'choice', prompt: 'Hoe wordt ze geleverd?', options: ['Als dienst', 'Op eigen toestellen'] },
    { kind: 'yes_no', prompt: 'Werkt ze zonder account voor de familie?' },
    { kind: 'price_range', prompt: 'Wat kost ze per jaar voor veertig bewoners?' },
  ],
  criteria: [
    { name: 'Gebruiksgemak voor bewoners', weight: 50 },
    { name: 'Prijs', weight: 30 },
    { name: 'Privacy', weight: 20 },
  ],
  panel: [],
  publishResult: true,
  ...overrides,
});

/** Drafts, submits and opens a call through the API; returns its id. */
export async function openCall(
  h: Harness,
  owner: TestPerson,
  ambassador: TestPerson,
  input: Record<string, unknown>,
): Promise<string> {
  const created = await h.app.inject({ method: 'POST', url: '/api/v1/calls', headers: owner.auth, payload: input });
  if (created.statusCode !== 201) throw new Error(`call not created: ${created.body}`);
  const id = created.json().id as string;
  await h.app.inject({ method: 'POST', url: `/api/v1/calls/${id}/submission`, headers: owner.auth });
  const reviewed = await h.app.inject({
    method: 'POST',
    url: `/api/v1/calls/${id}/review`,
    headers: ambassador.auth,
    payload: { decision: 'approve' },
  });
  if (reviewed.statusCode !== 200) throw new Error(`call not opened: ${reviewed.body}`);
  return id;
}
