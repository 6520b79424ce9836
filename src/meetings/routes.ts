// Meetings in the API: a match's meetings (list, propose), one meeting, picking a slot, declining,
// cancelling, and "how did it go" after it ended. Who may do what follows the match's conversation.
import type { FastifyRequest } from 'fastify';
import type { App, Services } from '../app-types.ts';
import { requireViewer } from '../http/guards.ts';
import { ErrorBody, IdParams } from '../http/schemas.ts';
import { readLimit, writeLimit } from '../http/rate-limits.ts';
import { DeclineInput, Meeting, MeetingInput, MeetingList, MeetingParams, OutcomeInput, PickInput } from './schemas.ts';
import * as service from './service.ts';
import { presentMeeting } from './presenter.ts';

const tags = ['meetings'];
const failures = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody };
const WHO =
  'For the members of both organisations and the challenge’s curating ambassador once both sides accepted the match ' +
  '(403 before; 404 for anyone not party to the match).';

async function meetingAnswer(services: Services, request: FastifyRequest, matchId: string, meetingId: string) {
  const { conversation, meeting } = await service.meetingOf(services, request.viewer, matchId, meetingId);
  return presentMeeting(meeting, conversation.side, services.now());
}

type Change = (
  services: Services,
  request: FastifyRequest<{ Params: { id: string; meetingId: string } }>,
) => Promise<void>;

function changeRoute(app: App, services: Services, path: string, schema: Record<string, unknown>, change: Change) {
  app.post<{ Params: { id: string; meetingId: string } }>(
    `/api/v1/matches/:id/meetings/:meetingId/${path}`,
    {
      config: { rateLimit: writeLimit },
      onRequest: requireViewer,
      schema: { tags, params: MeetingParams, response: { 200: Meeting, ...failures }, ...schema },
    },
    async (request) => {
      await change(services, request);
      return meetingAnswer(services, request, request.params.id, request.params.meetingId);
    },
  );
}

export function meetingRoutes(app: App, services: Services): void {
  app.get(
    '/api/v1/matches/:id/meetings',
    {
      config: { rateLimit: readLimit },
      onRequest: requireViewer,
      schema: {
        operationId: 'listMeetings',
        tags,
        summary: 'The meetings of a match',
        description: `${WHO} Newest first, each with its time slots in UTC and Brussels time and what the caller may do.`,
        params: IdParams,
        response: { 200: MeetingList, ...failures },
      },
    },
    async (request) => {
      const view = await service.meetingsOf(services, request.viewer, request.params.id);
      return { items: view.meetings.map((m) => presentMeeting(m, view.side, services.now())) };
    },
  );

  app.post(
    '/api/v1/matches/:id/meetings',
    {
      config: { rateLimit: writeLimit },
      onRequest: requireViewer,
      schema: {
        operationId: 'proposeMeeting',
        tags,
        summary: 'Propose a meeting to the other side',
        description:
          'A member of either organisation proposes one to three slots in the future (Brussels local time, 15 to 240 ' +
          'minutes each) and an https link or an address; the other side is notified. Nothing is stored when any ' +
          'part is wrong: the 400 names every field. 409 when the match no longer runs.',
        params: IdParams,
        body: MeetingInput,
        response: { 201: Meeting, ...failures },
      },
    },
    async (request, reply) => {
      const id = await service.proposeMeeting(services, request.viewer, request.params.id, request.body);
      const meeting = await meetingAnswer(services, request, request.params.id, id);
      return reply.status(201).header('location', `/api/v1/matches/${request.params.id}/meetings/${id}`).send(meeting);
    },
  );

  app.get(
    '/api/v1/matches/:id/meetings/:meetingId',
    {
      config: { rateLimit: readLimit },
      onRequest: requireViewer,
      schema: {
        operationId: 'getMeeting',
        tags,
        summary: 'One meeting of a match',
        description: `${WHO} Once confirmed, \`calendar\` is the address of its .ics invitation.`,
        params: MeetingParams,
        response: { 200: Meeting, ...failures },
      },
    },
    async (request) => meetingAnswer(services, request, request.params.id, request.params.meetingId),
  );

  changeRoute(
    app,
    services,
    'pick',
    {
      operationId: 'pickMeetingSlot',
      summary: 'Pick one of the proposed slots',
      description:
        'For the side that did not propose. The meeting is confirmed and every member of both organisations gets an ' +
        'e-mail with the iCalendar invitation. 409 when it was already answered or the slot has passed.',
      body: PickInput,
    },
    (s, request) =>
      service.pickSlot(
        s,
        request.viewer,
        request.params.id,
        request.params.meetingId,
        (request.body as { slotId: string }).slotId,
      ),
  );

  changeRoute(
    app,
    services,
    'decline',
    {
      operationId: 'declineMeeting',
      summary: 'Decline a proposed meeting',
      description: 'For the side that did not propose, with a reason the proposing side reads.',
      body: DeclineInput,
    },
    (s, request) =>
      service.declineMeeting(
        s,
        request.viewer,
        request.params.id,
        request.params.meetingId,
        (request.body as { reason: string }).reason,
      ),
  );

  changeRoute(
    app,
    services,
    'cancel',
    {
      operationId: 'cancelMeeting',
      summary: 'Cancel a meeting',
      description: 'For the side that proposed it, before it starts; the other side is notified.',
    },
    (s, request) => service.cancelMeeting(s, request.viewer, request.params.id, request.params.meetingId),
  );

  changeRoute(
    app,
    services,
    'outcome',
    {
      operationId: 'recordMeetingOutcome',
      summary: 'Say how the meeting went',
      description:
        'After a confirmed meeting ended, once per meeting: next step, pilot agreed or not a fit, recorded on the ' +
        'match’s timeline. A pilot agreed moves the match to pilot when the curating ambassador records it; from a ' +
        'side, that ambassador is notified to record it.',
      body: OutcomeInput,
    },
    (s, request) =>
      service.recordMeetingOutcome(
        s,
        request.viewer,
        request.params.id,
        request.params.meetingId,
        (request.body as { outcome: 'next_step' }).outcome,
      ),
  );
}
