// A published challenge becomes matched once both sides of one of its matches have accepted: a
// transition only the platform takes, as the consumer of the match's acceptance.
import type { MatchStepTaken, SharedConsumer } from '../events/types.ts';
import { recordEvent } from '../events/repository.ts';
import { recordAudit } from '../audit/repository.ts';
import { nextStatus } from '../items/lifecycle.ts';
import { findItemForUpdate, updateItem } from '../items/repository.ts';

export const challengeMatched: SharedConsumer = {
  name: 'challenge-matched',
  handles: (event) => event.type === 'match.step' && event.action === 'accepted',
  apply: async (services, event) => {
    const { challengeId } = event as MatchStepTaken;
    const challenge = await findItemForUpdate(services.db, 'challenge', challengeId);
    const to = challenge && nextStatus('challenge', 'mark_matched', challenge.status, ['system']);
    if (!to) return;
    await updateItem(services.db, 'challenge', challengeId, { status: to });
    await recordAudit(services.db, {
      actorId: null,
      action: 'challenge.mark_matched',
      objectType: 'challenge',
      objectId: challengeId,
      before: { status: challenge.status },
      after: { status: to },
    });
    await recordEvent(services.db, { type: 'item.changed', kind: 'challenge', id: challengeId, status: to });
  },
};
