// Meetings at a matchmaking day in the API: requests between participants and the answers to them,
// the organiser's scheduling (run or by hand), and the caller's own agenda.
import type { App, Services } from '../app-types.ts';
import type { Viewer } from '../shared/viewer.ts';
import { requireAmbassador, requireViewer } from '../http/guards.ts';
import { ErrorBody, IdParams } from '../http/schemas.ts';
import { publicReadAccess, publicReadFailures, publicReadSecurity } from '../api-keys/public-access.ts';
import { readLimit, writeLimit } from '../http/rate-limits.ts';
import { agendaOf } from './agenda.ts';
import { decideRequest, requestMeeting, requestsFor, withdrawRequest } from './requests.ts';
import { placeByHand, runSchedule } from './scheduling.ts';
import { suggestionsFor } from './suggestions.ts';
import { eventFigures, recordAttendance, type Attendance } from './outcomes.ts';
import { presentRequest } from './presenter.ts';
import {
  Agenda,
  AttendanceInput,
  EventFigures,
  DecisionInput,
  MeetingRequest,
  MeetingRequestList,
  PlacementInput,
  RequestInput,
  RequestParams,
  ScheduleResult,
  SuggestionList,
} from './schemas.ts';

const tags = ['matchmaking'];

async function oneRequest(services: Services, viewer: Viewer | null, eventId: string, requestId: string) {
  const { event, names, requests } = await requestsFor(services, viewer, eventId);
  const request = requests.find((r) => r.id === requestId);
  return request && presentRequest(request, event, names);
}

export function matchmakingRequestRoutes(app: App, services: Services): void {
  app.get<{ Params: { id: string } }>(
    '/api/v1/events/:id/requests',
    {
      config: { rateLimit: readLimit },
      onRequest: requireViewer,
      schema: {
        operationId: 'listEventRequests',
        tags,
        summary: 'Meeting requests at a matchmaking day',
        description:
          'Those of the caller’s organisation’s participants (sent and received); every request for an ambassador. ' +
          '403 for anyone whose organisation does not take part.',
        params: IdParams,
        response: { 200: MeetingRequestList },
      },
    },
    async (request) => {
      const { event, names, requests } = await requestsFor(services, request.viewer, request.params.id);
      return { items: requests.map((r) => presentRequest(r, event, names)) };
    },
  );

  app.post<{ Params: { id: string }; Body: RequestInput }>(
    '/api/v1/events/:id/requests',
    {
      config: { rateLimit: writeLimit },
      onRequest: requireViewer,
      schema: {
        operationId: 'requestEventMeeting',
        tags,
        summary: 'Ask another participant for a meeting',
        description:
          'For the participant (or a member of their organisation), before the event starts, to a participant of ' +
          'another organisation, with a short reason; the other is notified. 409 when the two already have a ' +
          'request that was not declined.',
        params: IdParams,
        body: RequestInput,
        response: { 201: MeetingRequest, 409: ErrorBody },
      },
    },
    async (request, reply) => {
      const id = await requestMeeting(services, request.viewer, request.params.id, request.body);
      return reply.status(201).send(await oneRequest(services, request.viewer, request.params.id, id));
    },
  );

  app.post<{ Params: { id: string; requestId: string }; Body: { decision: 'accept' | 'decline' } }>(
    '/api/v1/events/:id/requests/:requestId/decision',
    {
      config: { rateLimit: writeLimit },
      onRequest: requireViewer,
      schema: {
        operationId: 'decideEventMeeting',
        tags,
        summary: 'Accept or decline a meeting request',
        description:
          'For the participant asked (or a member of their organisation); the asking side is notified. 403 for the ' +
          'asking side, 409 when it was answered already.',
        params: RequestParams,
        body: DecisionInput,
        response: { 200: MeetingRequest, 409: ErrorBody },
      },
    },
    async (request) => {
      const { id, requestId } = request.params;
      await decideRequest(services, request.viewer, id, requestId, request.body.decision);
      return oneRequest(services, request.viewer, id, requestId);
    },
  );

  app.delete<{ Params: { id: string; requestId: string } }>(
    '/api/v1/events/:id/requests/:requestId',
    {
      config: { rateLimit: writeLimit },
      onRequest: requireViewer,
      schema: {
        operationId: 'withdrawEventMeeting',
        tags,
        summary: 'Withdraw a meeting request',
        description:
          'For the asking participant (or a member of their organisation) while the request waits for an answer; ' +
          'the participant asked is notified. 403 for the side asked, 404 for anyone else, 409 once it was answered.',
        params: RequestParams,
        response: { 204: { type: 'null', description: 'Withdrawn' }, 409: ErrorBody },
      },
    },
    async (request, reply) => {
      await withdrawRequest(services, request.viewer, request.params.id, request.params.requestId);
      return reply.status(204).send();
    },
  );

  app.post<{ Params: { id: string } }>(
    '/api/v1/events/:id/schedule',
    {
      config: { rateLimit: writeLimit },
      onRequest: requireAmbassador,
      schema: {
        operationId: 'scheduleEvent',
        tags,
        summary: 'Schedule the accepted meetings',
        description:
          'For ambassadors. Places the accepted requests in slots and tables: nobody in two meetings at once, no ' +
          'table twice, two organisations once per slot, everyone within their availability; meetings placed by hand ' +
          'stay. Participants whose agenda changed are notified. Returns how many were placed and why others were not.',
        params: IdParams,
        response: { 200: ScheduleResult },
      },
    },
    async (request) => {
      const result = await runSchedule(services, request.viewer as Viewer, request.params.id);
      return { placed: result.placed.length, unplaced: result.unplaced };
    },
  );

  app.put<{ Params: { id: string; requestId: string }; Body: { slot: number; table: number } }>(
    '/api/v1/events/:id/requests/:requestId/placement',
    {
      config: { rateLimit: writeLimit },
      onRequest: requireAmbassador,
      schema: {
        operationId: 'placeEventMeeting',
        tags,
        summary: 'Place an accepted meeting by hand',
        description:
          'For ambassadors: a slot and a table for an accepted request, which the scheduler then keeps. 409 when the ' +
          'request is not accepted, or either person is not free or busy then, the table is taken, or the two ' +
          'organisations already meet then.',
        params: RequestParams,
        body: PlacementInput,
        response: { 200: MeetingRequest, 409: ErrorBody },
      },
    },
    async (request) => {
      const { id, requestId } = request.params;
      await placeByHand(services, request.viewer as Viewer, id, requestId, request.body);
      return oneRequest(services, request.viewer, id, requestId);
    },
  );

  app.get<{ Params: { id: string } }>(
    '/api/v1/events/:id/agenda',
    {
      config: { rateLimit: readLimit },
      onRequest: requireViewer,
      schema: {
        operationId: 'getEventAgenda',
        tags,
        summary: 'The caller’s own agenda at a matchmaking day',
        description:
          'The meetings placed for the caller as a participant, in slot order, with whom, why and at which table, ' +
          'and the address of the same agenda as an .ics file. 404 when the caller does not take part; nobody reads ' +
          'another participant’s agenda.',
        params: IdParams,
        response: { 200: Agenda },
      },
    },
    async (request) => agendaOf(services, request.viewer, request.params.id),
  );

  app.put<{ Params: { id: string; requestId: string }; Body: { attendance: Attendance } }>(
    '/api/v1/events/:id/requests/:requestId/attendance',
    {
      config: { rateLimit: writeLimit },
      onRequest: requireAmbassador,
      schema: {
        operationId: 'recordEventAttendance',
        tags,
        summary: 'Record whether a meeting was held',
        description:
          'For ambassadors, once the placed meeting’s slot has begun (409 before, or when it was never placed): held ' +
          'or a no-show. Counted in the event’s figures.',
        params: RequestParams,
        body: AttendanceInput,
        response: { 204: { type: 'null', description: 'Recorded' }, 409: ErrorBody },
      },
    },
    async (request, reply) => {
      const { id, requestId } = request.params;
      await recordAttendance(services, request.viewer as Viewer, id, requestId, request.body.attendance);
      return reply.status(204).send();
    },
  );

  app.get<{ Params: { id: string } }>(
    '/api/v1/events/:id/figures',
    {
      onRequest: publicReadAccess(app, services),
      schema: {
        operationId: 'getEventFigures',
        tags,
        security: publicReadSecurity,
        summary: 'The figures of a matchmaking day',
        description:
          'Counts only, for anyone: participants, their organisations and the share of SMEs among them, meeting ' +
          'requests made, accepted, placed, held and missed.',
        params: IdParams,
        response: { 200: EventFigures, 404: ErrorBody, ...publicReadFailures },
      },
    },
    async (request) => eventFigures(services, request.params.id),
  );

  app.get<{ Params: { id: string } }>(
    '/api/v1/events/:id/suggestions',
    {
      config: { rateLimit: readLimit },
      onRequest: requireViewer,
      schema: {
        operationId: 'getEventSuggestions',
        tags,
        summary: 'Whom the caller could meet, with reasons',
        description:
          'For a participant (404 for anyone else): the other organisations’ participants whose linked challenges or ' +
          'solutions the matching engine ranks as a fit for the caller’s own, best first, with the shared words and ' +
          'sectors; only items the caller may read count, and those already asked are left out.',
        params: IdParams,
        response: { 200: SuggestionList },
      },
    },
    async (request) => ({ items: await suggestionsFor(services, request.viewer, request.params.id) }),
  );
}
