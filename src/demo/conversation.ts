// A short conversation in the demo: the accepted match of Zilverlijn's video calling with the care
// home's challenge, between the provider's demo account and the demo ambassador, so the conversation
// page shows something on a fresh start.
import type { Database } from '../db/database.ts';
import { findPair } from '../matches/repository.ts';
import { insertMessage } from '../conversations/repository.ts';

const HOUR_MS = 3_600_000;

export async function seedDemoConversation(
  tx: Database,
  pair: { challengeId: string; solutionId: string },
  people: { provider: string | null; ambassador: string | null },
  now: Date,
): Promise<number> {
  const match = await findPair(tx, pair.challengeId, pair.solutionId);
  if (!match || !people.provider || !people.ambassador) return 0;
  const provider = await tx
    .selectFrom('memberships')
    .select('organisation_id')
    .where('person_id', '=', people.provider)
    .executeTakeFirst();
  const messages = [
    {
      author_id: people.ambassador,
      author_side: 'curator' as const,
      author_organisation_id: null,
      body: 'Welkom in dit gesprek! Spreek hier af hoe u de proef met beeldbellen in Hoevedries aanpakt.',
    },
    {
      author_id: people.provider,
      author_side: 'solution' as const,
      author_organisation_id: provider?.organisation_id ?? null,
      body: 'Dank u. Wij kunnen twee tablets en een korte opleiding voor het personeel voorzien.\nOnze handleiding staat op https://zilverlijn.example/handleiding',
    },
  ];
  for (const [index, message] of messages.entries())
    await insertMessage(tx, {
      match_id: match.id,
      ...message,
      created_at: new Date(now.getTime() - (messages.length - index) * 20 * HOUR_MS),
    });
  return messages.length;
}
