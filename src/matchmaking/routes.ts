// Matchmaking days in the API: events (public), creating one (ambassadors), registering participants
// (members for their own organisation) and listing them (those taking part, and ambassadors).
import type { App, Services } from '../app-types.ts';
import { requireAmbassador, requireViewer } from '../http/guards.ts';
import { ErrorBody, IdParams } from '../http/schemas.ts';
import { readLimit, writeLimit } from '../http/rate-limits.ts';
import { publicReadAccess, publicReadFailures, publicReadSecurity } from '../api-keys/public-access.ts';
import { createEvent, eventById, eventsByTime } from './events.ts';
import { updateEvent } from './event-changes.ts';
import { participantsFor, registerParticipant, withdrawRegistration } from './registration.ts';
import { presentEvent, presentParticipant } from './presenter.ts';
import {
  EventInput,
  EventList,
  MatchmakingEvent,
  Participant,
  ParticipantInput,
  ParticipantList,
  ParticipantParams,
} from './schemas.ts';

const tags = ['matchmaking'];

export function matchmakingRoutes(app: App, services: Services): void {
  const baseUrl = services.config.baseUrl;
  const present = (event: Parameters<typeof presentEvent>[0]) => presentEvent(event, baseUrl, services.now());
  const publicRead = publicReadAccess(app, services);

  app.get(
    '/api/v1/events',
    {
      onRequest: publicRead,
      schema: {
        operationId: 'listEvents',
        tags,
        security: publicReadSecurity,
        summary: 'Matchmaking days, upcoming and past',
        description:
          'Every matchmaking day: those not ended yet soonest first, the others latest first. Each event’s `links` ' +
          'give its page and its .ics calendar file.',
        response: { 200: EventList, ...publicReadFailures },
      },
    },
    async () => {
      const { upcoming, past } = await eventsByTime(services);
      return { upcoming: upcoming.map(present), past: past.map(present) };
    },
  );

  app.get<{ Params: { id: string } }>(
    '/api/v1/events/:id',
    {
      onRequest: publicRead,
      schema: {
        operationId: 'getEvent',
        tags,
        security: publicReadSecurity,
        summary: 'One matchmaking day',
        description: 'The event with its meeting slots (numbered from 0), place and registration deadline.',
        params: IdParams,
        response: { 200: MatchmakingEvent, 404: ErrorBody, ...publicReadFailures },
      },
    },
    async (request) => present(await eventById(services, request.params.id)),
  );

  app.post(
    '/api/v1/events',
    {
      config: { rateLimit: writeLimit },
      onRequest: requireAmbassador,
      schema: {
        operationId: 'createEvent',
        tags,
        summary: 'Create a matchmaking day',
        description:
          'For ambassadors. The window (Brussels time, one day at most) is cut into slots of `slotMinutes`; the ' +
          'registration deadline falls before the start; an address or an https link, not both. Nothing is stored ' +
          'when any part is wrong: the 400 names every field.',
        body: EventInput,
        response: { 201: MatchmakingEvent, 400: ErrorBody },
      },
    },
    async (request, reply) => {
      const id = await createEvent(services, request.viewer, request.body);
      return reply
        .status(201)
        .header('location', `/api/v1/events/${id}`)
        .send(present(await eventById(services, id)));
    },
  );

  app.post<{ Params: { id: string }; Body: ParticipantInput }>(
    '/api/v1/events/:id/participants',
    {
      config: { rateLimit: writeLimit },
      onRequest: requireViewer,
      schema: {
        operationId: 'registerParticipant',
        tags,
        summary: 'Register a participant of one’s organisation',
        description:
          'For a member of the organisation, before the registration deadline (409 after it, or when the person is ' +
          'registered already): the person attending (the caller or a fellow member), what they seek and offer, ' +
          'the organisation’s own challenges and solutions it concerns, and the slots they are free. 403 for ' +
          'another organisation.',
        params: IdParams,
        body: ParticipantInput,
        response: { 201: Participant, 409: ErrorBody },
      },
    },
    async (request, reply) => {
      const id = await registerParticipant(services, request.viewer, request.params.id, request.body);
      const { participants } = await participantsFor(services, request.viewer, request.params.id);
      const participant = participants.find((p) => p.id === id);
      return reply.status(201).send(participant && presentParticipant(participant));
    },
  );

  app.get<{ Params: { id: string } }>(
    '/api/v1/events/:id/participants',
    {
      config: { rateLimit: readLimit },
      onRequest: requireViewer,
      schema: {
        operationId: 'listParticipants',
        tags,
        summary: 'The participants of a matchmaking day',
        description:
          'For members of a participating organisation and for ambassadors (403 for anyone else): who attends, ' +
          'for which organisation, what they seek and offer, and when they are free.',
        params: IdParams,
        response: { 200: ParticipantList },
      },
    },
    async (request) => {
      const { participants } = await participantsFor(services, request.viewer, request.params.id);
      return { items: participants.map(presentParticipant) };
    },
  );

  app.put<{ Params: { id: string }; Body: EventInput }>(
    '/api/v1/events/:id',
    {
      config: { rateLimit: writeLimit },
      onRequest: requireAmbassador,
      schema: {
        operationId: 'updateEvent',
        tags,
        summary: 'Change a matchmaking day',
        description:
          'For ambassadors, before the event starts (409 after): the same fields and checks as creating one (a ' +
          'registration deadline already past may stay as it was). Free slots and placed meetings follow their ' +
          'Brussels clock time into the new window; those that no longer fit are unplaced. Everyone registered is ' +
          'notified, and the event lists what changed.',
        params: IdParams,
        body: EventInput,
        response: { 200: MatchmakingEvent, 400: ErrorBody, 409: ErrorBody },
      },
    },
    async (request) => {
      await updateEvent(services, request.viewer, request.params.id, request.body);
      return present(await eventById(services, request.params.id));
    },
  );

  app.delete<{ Params: { id: string; participantId: string } }>(
    '/api/v1/events/:id/participants/:participantId',
    {
      config: { rateLimit: writeLimit },
      onRequest: requireViewer,
      schema: {
        operationId: 'withdrawParticipant',
        tags,
        summary: 'Withdraw a registration',
        description:
          'For the participant or a member of their organisation (404 for anyone else), before the event starts ' +
          '(409 after): the registration goes with its meeting requests and placed meetings, and the other side of ' +
          'each is notified.',
        params: ParticipantParams,
        response: { 204: { type: 'null', description: 'Withdrawn' }, 409: ErrorBody },
      },
    },
    async (request, reply) => {
      await withdrawRegistration(services, request.viewer, request.params.id, request.params.participantId);
      return reply.status(204).send();
    },
  );
}
