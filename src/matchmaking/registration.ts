// Registration for a matchmaking day: a member registers a participant of their own organisation
// (themselves or a fellow member) before the deadline, with what they seek and offer, the
// organisation's challenges and solutions it concerns, and the slots they are free.
import type { Services } from '../app-types.ts';
import type { Viewer } from '../shared/viewer.ts';
import { errors, type FieldProblem } from '../shared/errors.ts';
import { isAmbassador } from '../shared/viewer.ts';
import { isMember } from '../organisations/membership-repository.ts';
import { eventById, slotStarts } from './events.ts';
import * as repository from './repository.ts';
import { tellParticipant } from './participant-notices.ts';
import { recordAudit } from '../audit/repository.ts';
import type { ParticipantInput } from './schemas.ts';

async function itemProblems(services: Services, input: ParticipantInput, problems: FieldProblem[]) {
  const own = async (table: 'challenges' | 'solutions', field: string, ids: string[]) => {
    const found = new Set(await repository.ownItems(services.db, table, input.organisationId, ids));
    if (ids.some((id) => !found.has(id))) problems.push({ field, message: 'matchmaking.error_not_own_item' });
  };
  await own('challenges', 'challengeIds', input.challengeIds);
  await own('solutions', 'solutionIds', input.solutionIds);
}

/** Registers a participant; the registering member must belong to the organisation, before the deadline. */
export async function registerParticipant(
  services: Services,
  viewer: Viewer | null,
  eventId: string,
  input: ParticipantInput,
): Promise<string> {
  const event = await eventById(services, eventId);
  if (!viewer?.organisationIds.includes(input.organisationId)) throw errors.forbidden();
  if (services.now() >= event.registration_deadline)
    throw errors.conflict('registration_closed', 'matchmaking.error_registration_closed');
  const personId = input.personId ?? viewer.id;
  const problems: FieldProblem[] = [];
  if (!(await isMember(services.db, personId, input.organisationId)))
    problems.push({ field: 'personId', message: 'matchmaking.error_not_member' });
  const slotCount = slotStarts(event).length;
  if (input.availableSlots.some((slot) => slot >= slotCount))
    problems.push({ field: 'availableSlots', message: 'matchmaking.error_slot', params: { max: slotCount - 1 } });
  await itemProblems(services, input, problems);
  if (problems.length) throw errors.validation(problems);
  if (await repository.participantOfPerson(services.db, eventId, personId))
    throw errors.conflict('already_registered', 'matchmaking.error_already_registered');
  return repository.insertParticipant(services.db, {
    event_id: eventId,
    organisation_id: input.organisationId,
    person_id: personId,
    seeks: input.seeks.trim(),
    offers: input.offers.trim(),
    challenge_ids: [...new Set(input.challengeIds)],
    solution_ids: [...new Set(input.solutionIds)],
    available_slots: [...new Set(input.availableSlots)].sort((a, b) => a - b),
    registered_by: viewer.id,
  });
}

/** Participants are shown to those taking part in the event and to ambassadors; to nobody else. */
export async function participantsFor(services: Services, viewer: Viewer | null, eventId: string) {
  const event = await eventById(services, eventId);
  if (!viewer) throw errors.unauthenticated();
  const participants = await repository.participantsOf(services.db, eventId);
  const takesPart = participants.some((p) => viewer.organisationIds.includes(p.organisation_id));
  if (!takesPart && !isAmbassador(viewer)) throw errors.forbidden();
  return { event, participants };
}

/** May act for the participant: the person themselves or a member of their organisation. */
export const actsFor = (viewer: Viewer, participant: repository.ParticipantRow): boolean =>
  participant.person_id === viewer.id || viewer.organisationIds.includes(participant.organisation_id);

/** What a member's registration form offers: their organisation's items to link. */
export async function registrationChoices(services: Services, viewer: Viewer | null, eventId: string) {
  if (!viewer) throw errors.unauthenticated();
  const event = await eventById(services, eventId);
  const organisationId = viewer.organisationIds[0];
  if (!organisationId) throw errors.forbidden();
  return { event, organisationId, ...(await repository.itemsOfOrganisation(services.db, organisationId)) };
}

/** The viewer's own registration for the event, for the page that withdraws it. */
export async function ownRegistration(services: Services, viewer: Viewer | null, eventId: string) {
  if (!viewer) throw errors.unauthenticated();
  const event = await eventById(services, eventId);
  const participant = await repository.participantOfPerson(services.db, eventId, viewer.id);
  if (!participant) throw errors.notFound();
  const requests = (await repository.requestsOfParticipant(services.db, participant.id)).filter(
    (r) => r.status !== 'declined',
  );
  return { event, participant, requests };
}

/**
 * Withdraws a registration before the event starts (the person or a member of their organisation):
 * their requests and placed meetings go with it, and the other side of each is told.
 */
export async function withdrawRegistration(
  services: Services,
  viewer: Viewer | null,
  eventId: string,
  participantId: string,
): Promise<void> {
  if (!viewer) throw errors.unauthenticated();
  const event = await eventById(services, eventId);
  const participant = await repository.findParticipant(services.db, eventId, participantId);
  if (!participant || !actsFor(viewer, participant)) throw errors.notFound();
  if (services.now() >= event.starts_at) throw errors.conflict('event_started', 'matchmaking.error_started');
  await services.db.transaction().execute(async (tx) => {
    const requests = await repository.requestsOfParticipant(tx, participant.id);
    const others = new Set(
      requests
        .filter((r) => r.status !== 'declined')
        .map((r) => (r.from_participant === participant.id ? r.to_participant : r.from_participant)),
    );
    await repository.deleteParticipant(tx, participant.id);
    for (const other of await repository.participantsOf(tx, eventId))
      if (others.has(other.id))
        await tellParticipant(
          services,
          tx,
          other,
          'matchmaking_participant_withdrew',
          event,
          `/events/${eventId}/requests`,
        );
    await recordAudit(tx, {
      actorId: viewer.id,
      action: 'matchmaking.registration_withdrawn',
      objectType: 'matchmaking_event',
      objectId: eventId,
      before: { participantId, requests: requests.length },
    });
  });
}
