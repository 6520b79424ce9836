// Meeting pages and their forms, each post answered with a redirect carrying what was done (or the
// page again with the problems tied to their fields); the .ics download for those who take part.
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { App, Services } from '../app-types.ts';
import { requireViewer } from '../http/guards.ts';
import { readLimit, writeLimit } from '../http/rate-limits.ts';
import { sendPage } from '../web/render.ts';
import { pageContext } from '../web/context.ts';
import { pageId } from '../web/form-handling.ts';
import { errors, isAppError, type FieldProblem } from '../shared/errors.ts';
import { withFeedback, type Feedback } from '../web/feedback.ts';
import { emptyForm, type FormState } from '../web/forms.tsx';
import { formToInput, parseInput } from '../shared/validation.ts';
import { presentMatch } from '../matches/presenter.ts';
import { DeclineInput, MAX_SLOTS, type MeetingInput, OutcomeInput } from './schemas.ts';
import * as service from './service.ts';
import { presentMeeting } from './presenter.ts';
import { MeetingPage, MeetingsPage } from './pages.tsx';

type Body = Record<string, unknown>;
type MeetingRequest = FastifyRequest<{ Params: { id: string; meetingId: string }; Body: Body }>;

const DEFAULT_DURATIONS = { duration1: '60', duration2: '60', duration3: '60' };

/** The form's numbered fields as the API's input: a slot for each start given. */
function meetingInput(values: Body): MeetingInput {
  const slots: MeetingInput['slots'] = [];
  for (let n = 1; n <= MAX_SLOTS; n += 1) {
    const start = values[`start${n}`];
    if (typeof start === 'string') slots.push({ start, durationMinutes: Number(values[`duration${n}`] ?? Number.NaN) });
  }
  const text = (name: string) => (typeof values[name] === 'string' ? (values[name] as string) : undefined);
  return { slots, onlineUrl: text('onlineUrl'), address: text('address') };
}

/** The API's field names (slots.0.start) as the form's (start1). */
function formProblems(problems: FieldProblem[]): FieldProblem[] {
  return problems.map((problem) => {
    const slot = /^slots\.(\d)\.(start|durationMinutes)$/.exec(problem.field);
    if (slot) return { ...problem, field: `${slot[2] === 'start' ? 'start' : 'duration'}${Number(slot[1]) + 1}` };
    return problem.field === 'slots' ? { ...problem, field: 'start1' } : problem;
  });
}

async function meetingsPage(
  services: Services,
  request: FastifyRequest,
  reply: FastifyReply,
  id: string,
  form: FormState,
) {
  const view = await service.meetingsOf(services, request.viewer, id);
  const match = await presentMatch(services, view.parties, request.viewer, request.translator);
  const meetings = view.meetings.map((m) => presentMeeting(m, view.side, services.now()));
  const mayPropose = view.open && view.side !== 'curator';
  return sendPage(
    reply,
    <MeetingsPage
      context={pageContext(request, reply)}
      match={match}
      meetings={meetings}
      mayPropose={mayPropose}
      form={form}
    />,
    form.problems.length ? 400 : 200,
  );
}

async function meetingPage(services: Services, request: MeetingRequest, reply: FastifyReply) {
  const matchId = pageId(request.params.id);
  const ics = request.params.meetingId.endsWith('.ics');
  const meetingId = pageId(ics ? request.params.meetingId.slice(0, -4) : request.params.meetingId);
  if (ics)
    return reply
      .type('text/calendar; charset=utf-8')
      .header('content-disposition', `attachment; filename="meeting-${meetingId}.ics"`)
      .send(await service.calendarFile(services, request.viewer, matchId, meetingId));
  const { conversation, meeting } = await service.meetingOf(services, request.viewer, matchId, meetingId);
  const match = await presentMatch(services, conversation.parties, request.viewer, request.translator);
  return sendPage(
    reply,
    <MeetingPage
      context={pageContext(request, reply)}
      match={match}
      meeting={presentMeeting(meeting, conversation.side, services.now())}
    />,
  );
}

type Change = (
  services: Services,
  request: MeetingRequest,
  ids: { matchId: string; meetingId: string },
) => Promise<void>;

function changeForm(app: App, services: Services, path: string, done: Feedback, change: Change) {
  app.post<{ Params: { id: string; meetingId: string }; Body: Body }>(
    `/matches/:id/meetings/:meetingId/${path}`,
    { config: { rateLimit: writeLimit }, onRequest: requireViewer },
    async (request, reply) => {
      const ids = { matchId: pageId(request.params.id), meetingId: pageId(request.params.meetingId) };
      await change(services, request, ids);
      return reply.redirect(withFeedback(`/matches/${ids.matchId}/meetings/${ids.meetingId}`, done), 303);
    },
  );
}

export function meetingPages(app: App, services: Services): void {
  app.get<{ Params: { id: string } }>(
    '/matches/:id/meetings',
    { config: { rateLimit: readLimit }, onRequest: requireViewer },
    async (request, reply) =>
      meetingsPage(services, request, reply, pageId(request.params.id), emptyForm(DEFAULT_DURATIONS)),
  );

  app.post<{ Params: { id: string }; Body: Body }>(
    '/matches/:id/meetings',
    { config: { rateLimit: writeLimit }, onRequest: requireViewer },
    async (request, reply) => {
      const id = pageId(request.params.id);
      const values = formToInput(request.body);
      try {
        const meetingId = await service.proposeMeeting(services, request.viewer, id, meetingInput(values));
        return reply.redirect(withFeedback(`/matches/${id}/meetings/${meetingId}`, 'meeting_proposed'), 303);
      } catch (error) {
        if (!isAppError(error) || error.id !== 'validation_failed') throw error;
        return meetingsPage(services, request, reply, id, { values, problems: formProblems(error.fields) });
      }
    },
  );

  app.get<{ Params: { id: string; meetingId: string }; Body: Body }>(
    '/matches/:id/meetings/:meetingId',
    { config: { rateLimit: readLimit }, onRequest: requireViewer },
    async (request, reply) => meetingPage(services, request, reply),
  );

  changeForm(app, services, 'pick', 'meeting_confirmed', (s, request, { matchId, meetingId }) => {
    const slotId = request.body.slotId;
    if (typeof slotId !== 'string') throw errors.validation([{ field: 'slotId', message: 'meeting.error_slot' }]);
    return service.pickSlot(s, request.viewer, matchId, meetingId, pageId(slotId));
  });
  changeForm(app, services, 'decline', 'meeting_declined', (s, request, { matchId, meetingId }) => {
    const { reason } = parseInput(DeclineInput, formToInput(request.body));
    return service.declineMeeting(s, request.viewer, matchId, meetingId, reason);
  });
  changeForm(app, services, 'cancel', 'meeting_cancelled', (s, request, { matchId, meetingId }) =>
    service.cancelMeeting(s, request.viewer, matchId, meetingId),
  );
  changeForm(app, services, 'outcome', 'meeting_outcome', (s, request, { matchId, meetingId }) => {
    const { outcome } = parseInput(OutcomeInput, formToInput(request.body));
    return service.recordMeetingOutcome(s, request.viewer, matchId, meetingId, outcome);
  });
}
