// What participants of a matchmaking day are told (requests, answers, agenda and event changes,
// withdrawals): a notification for the person attending, linking to the page that shows it.
import type { Services } from '../app-types.ts';
import type { Database } from '../db/database.ts';
import { notify } from '../notifications/service.ts';
import type * as repository from './repository.ts';

/** Tells a participant (the person attending) what changed, with a link to the event's page for them. */
export async function tellParticipant(
  services: Services,
  db: Database,
  participant: repository.ParticipantRow,
  kind: string,
  event: Pick<repository.EventRow, 'id' | 'name'>,
  link = `/events/${event.id}/agenda`,
): Promise<void> {
  await notify({ ...services, db }, [participant.person_id], { kind, params: { event: event.name }, link });
}
