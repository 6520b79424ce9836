// Meeting requests at a matchmaking day: a participant asks another (of another organisation) for a
// meeting with a short reason; the other accepts or declines. Each step notifies the other side.
import type { Services } from '../app-types.ts';
import type { Viewer } from '../shared/viewer.ts';
import { errors } from '../shared/errors.ts';
import { isAmbassador } from '../shared/viewer.ts';
import { eventById } from './events.ts';
import { actsFor } from './registration.ts';
import * as repository from './repository.ts';
import { tellParticipant } from './participant-notices.ts';
import type { RequestInput } from './schemas.ts';

async function participantIn(services: Services, eventId: string, id: string) {
  const participant = await repository.findParticipant(services.db, eventId, id);
  if (!participant) throw errors.validation([{ field: 'toParticipantId', message: 'matchmaking.error_participant' }]);
  return participant;
}

export async function requestMeeting(
  services: Services,
  viewer: Viewer | null,
  eventId: string,
  input: RequestInput,
): Promise<string> {
  const event = await eventById(services, eventId);
  if (!viewer) throw errors.unauthenticated();
  const from = await repository.findParticipant(services.db, eventId, input.fromParticipantId);
  if (!from || !actsFor(viewer, from)) throw errors.forbidden();
  if (services.now() >= event.starts_at) throw errors.conflict('event_started', 'matchmaking.error_started');
  const to = await participantIn(services, eventId, input.toParticipantId);
  if (to.organisation_id === from.organisation_id)
    throw errors.validation([{ field: 'toParticipantId', message: 'matchmaking.error_own_organisation' }]);
  const existing = (await repository.requestsOfParticipant(services.db, from.id)).find(
    (r) => (r.from_participant === to.id || r.to_participant === to.id) && r.status !== 'declined',
  );
  if (existing) throw errors.conflict('already_requested', 'matchmaking.error_already_requested');
  return services.db.transaction().execute(async (tx) => {
    const id = await repository.insertRequest(tx, {
      event_id: eventId,
      from_participant: from.id,
      to_participant: to.id,
      reason: input.reason.trim(),
    });
    await tellParticipant(services, tx, to, 'matchmaking_requested', event, `/events/${eventId}/requests`);
    return id;
  });
}

/** A request of the event with both its participants; unknown to a visitor. */
async function requestWithSides(services: Services, viewer: Viewer | null, eventId: string, requestId: string) {
  const event = await eventById(services, eventId);
  const request = await repository.findRequest(services.db, eventId, requestId);
  if (!viewer || !request) throw errors.notFound();
  const to = await repository.findParticipant(services.db, eventId, request.to_participant);
  const from = await repository.findParticipant(services.db, eventId, request.from_participant);
  if (!to || !from) throw errors.notFound();
  return { event, from, to, viewer };
}

/** The other side accepts or declines a request still waiting for an answer. */
export async function decideRequest(
  services: Services,
  viewer: Viewer | null,
  eventId: string,
  requestId: string,
  decision: 'accept' | 'decline',
): Promise<void> {
  const { event, from, to, viewer: person } = await requestWithSides(services, viewer, eventId, requestId);
  if (!actsFor(person, to)) throw actsFor(person, from) ? errors.forbidden() : errors.notFound();
  const status = decision === 'accept' ? 'accepted' : 'declined';
  await services.db.transaction().execute(async (tx) => {
    if (!(await repository.decideRequest(tx, requestId, status, services.now()))) throw errors.invalidTransition();
    await tellParticipant(services, tx, from, `matchmaking_${status}`, event, `/events/${eventId}/requests`);
  });
}

/** The asking side takes back a request still waiting for an answer; the other side is told. */
export async function withdrawRequest(
  services: Services,
  viewer: Viewer | null,
  eventId: string,
  requestId: string,
): Promise<void> {
  const { event, from, to, viewer: person } = await requestWithSides(services, viewer, eventId, requestId);
  if (!actsFor(person, from)) throw actsFor(person, to) ? errors.forbidden() : errors.notFound();
  await services.db.transaction().execute(async (tx) => {
    if (!(await repository.deleteWaitingRequest(tx, requestId))) throw errors.invalidTransition();
    await tellParticipant(services, tx, to, 'matchmaking_request_withdrawn', event, `/events/${eventId}/requests`);
  });
}

/** The requests a viewer may see: those of their organisation's participants; all of them for an ambassador. */
export async function requestsFor(services: Services, viewer: Viewer | null, eventId: string) {
  const event = await eventById(services, eventId);
  if (!viewer) throw errors.unauthenticated();
  const participants = await repository.participantsOf(services.db, eventId);
  const names = new Map(participants.map((p) => [p.id, p]));
  const all = await repository.requestsOfEvent(services.db, eventId);
  if (isAmbassador(viewer)) return { event, names, requests: all };
  const mine = new Set(participants.filter((p) => actsFor(viewer, p)).map((p) => p.id));
  if (mine.size === 0) throw errors.forbidden();
  return {
    event,
    names,
    requests: all.filter((r) => mine.has(r.from_participant) || mine.has(r.to_participant)),
  };
}
