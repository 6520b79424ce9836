// Whom to meet at a matchmaking day, as the matching engine sees it: for each challenge and solution the
// reader's participant linked, the other participants whose linked items of the other kind the engine
// ranks as a fit (among the items the reader may read), with the engine's reasons. Participants already
// asked (and not declined) are left out.
import type { Services } from '../app-types.ts';
import type { Viewer } from '../shared/viewer.ts';
import { errors } from '../shared/errors.ts';
import { participantLabel } from './presenter.ts';
import * as repository from './repository.ts';

export interface Suggestion {
  participantId: string;
  name: string;
  score: number;
  reasons: { yourItemId: string; theirItemId: string; sharedTerms: string[]; sectors: string[] }[];
}

const SEARCH_DEPTH = 50;

function owners(others: repository.NamedParticipant[], kind: 'challenge' | 'solution') {
  const byItem = new Map<string, repository.NamedParticipant>();
  for (const other of others)
    for (const id of kind === 'challenge' ? other.challenge_ids : other.solution_ids) byItem.set(id, other);
  return byItem;
}

export async function suggestionsFor(
  services: Services,
  viewer: Viewer | null,
  eventId: string,
): Promise<Suggestion[]> {
  if (!viewer) throw errors.unauthenticated();
  const own = await repository.participantOfPerson(services.db, eventId, viewer.id);
  if (!own) throw errors.notFound();
  const asked = new Set(
    (await repository.requestsOfParticipant(services.db, own.id))
      .filter((r) => r.status !== 'declined')
      .flatMap((r) => [r.from_participant, r.to_participant]),
  );
  const others = (await repository.participantsOf(services.db, eventId)).filter(
    (p) => p.organisation_id !== own.organisation_id && !asked.has(p.id),
  );
  const suggestions = new Map<string, Suggestion>();
  const search = [
    ...own.challenge_ids.map((id) => ({ id, kind: 'challenge' as const, theirs: owners(others, 'solution') })),
    ...own.solution_ids.map((id) => ({ id, kind: 'solution' as const, theirs: owners(others, 'challenge') })),
  ];
  for (const { id, kind, theirs } of search) {
    for (const result of await services.matching.matchesFor(kind, id, viewer, SEARCH_DEPTH)) {
      const other = theirs.get(result.id);
      if (!other) continue;
      const entry = suggestions.get(other.id) ?? {
        participantId: other.id,
        name: participantLabel(other),
        score: 0,
        reasons: [],
      };
      entry.score = Math.max(entry.score, Math.round(result.score * 100) / 100);
      entry.reasons.push({
        yourItemId: id,
        theirItemId: result.id,
        sharedTerms: result.explanation.sharedTerms.slice(0, 5),
        sectors: result.explanation.sectors,
      });
      suggestions.set(other.id, entry);
    }
  }
  return [...suggestions.values()].sort((a, b) => b.score - a.score || a.name.localeCompare(b.name));
}
