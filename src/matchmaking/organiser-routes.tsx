// The ambassador's pages of a matchmaking day: create and edit the event (the same form), the
// organiser's page, and its forms (run the scheduler, place one meeting by hand, record attendance).
// Each post leads back with feedback; a refused one shows the page again with the reason.
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { App, Services } from '../app-types.ts';
import { requireAmbassador } from '../http/guards.ts';
import type { Viewer } from '../shared/viewer.ts';
import { readLimit, writeLimit } from '../http/rate-limits.ts';
import { sendPage } from '../web/render.ts';
import { pageContext } from '../web/context.ts';
import { pageId } from '../web/form-handling.ts';
import { withFeedback } from '../web/feedback.ts';
import { emptyForm, type FormState } from '../web/forms.tsx';
import { isAppError } from '../shared/errors.ts';
import { formToInput, parseInput } from '../shared/validation.ts';
import { requestsFor } from './requests.ts';
import { OrganiserPage, type RowProblem } from './organiser-page.tsx';
import { EventFormPage } from './event-form.tsx';
import { createEvent, eventById } from './events.ts';
import { updateEvent } from './event-changes.ts';
import { eventFigures, recordAttendance } from './outcomes.ts';
import { placeByHand, runSchedule } from './scheduling.ts';
import { presentEvent, presentRequest } from './presenter.ts';
import { AttendanceInput, EventInput, PlacementInput, type MatchmakingEvent } from './schemas.ts';
import { toBrusselsInput } from '../meetings/brussels-time.ts';

type Body = Record<string, unknown>;
type Ids = { Params: { id: string; requestId: string }; Body: Body };

/** The form's strings as the API's input: numbers for the counts and the spearheads. */
function eventInput(values: Body) {
  const count = (name: string) => (values[name] === undefined ? undefined : Number(values[name]));
  const spearheads = Array.isArray(values.spearheads) ? values.spearheads.map(Number) : [];
  return { ...values, slotMinutes: count('slotMinutes'), tables: count('tables'), spearheads };
}

/** The stored event as the form's values, so the edit form opens filled in. */
function eventFormValues(event: MatchmakingEvent) {
  return {
    name: event.name,
    description: event.description,
    start: event.startBrussels,
    end: event.endBrussels,
    slotMinutes: String(event.slotMinutes),
    tables: String(event.tables),
    address: event.address ?? '',
    onlineUrl: event.onlineUrl ?? '',
    registrationDeadline: toBrusselsInput(new Date(event.registrationDeadline)),
    sectors: event.sectors,
    spearheads: event.spearheads.map(String),
  };
}

async function organiserPage(
  services: Services,
  request: FastifyRequest,
  reply: FastifyReply,
  id: string,
  problem?: RowProblem & { status: number },
) {
  const { event, names, requests } = await requestsFor(services, request.viewer, id);
  return sendPage(
    reply,
    <OrganiserPage
      context={pageContext(request, reply)}
      event={presentEvent(event, services.config.baseUrl, services.now())}
      figures={await eventFigures(services, id)}
      requests={requests.map((r) => presentRequest(r, event, names))}
      now={services.now()}
      problem={problem}
    />,
    problem?.status ?? 200,
  );
}

/** Runs a row's action; a refusal (wrong input or a broken rule) shows the page again at that row. */
async function rowAction(
  services: Services,
  request: FastifyRequest<Ids>,
  reply: FastifyReply,
  action: (id: string, requestId: string) => Promise<void>,
  done: 'placed' | 'attendance',
) {
  const id = pageId(request.params.id);
  const requestId = pageId(request.params.requestId);
  try {
    await action(id, requestId);
    return reply.redirect(withFeedback(`/events/${id}/organise`, done), 303);
  } catch (error) {
    if (!isAppError(error) || (error.status !== 400 && error.status !== 409)) throw error;
    const [field] = error.fields;
    const problem = field
      ? { requestId, message: field.message, params: field.params ?? {}, status: error.status }
      : { requestId, message: error.messageKey, status: error.status };
    return organiserPage(services, request, reply, id, problem);
  }
}

function eventFormRoutes(app: App, services: Services) {
  const options = { config: { rateLimit: readLimit }, onRequest: requireAmbassador };
  const writing = { config: { rateLimit: writeLimit }, onRequest: requireAmbassador };
  app.get('/events/new', options, async (request, reply) =>
    sendPage(
      reply,
      <EventFormPage context={pageContext(request, reply)} form={emptyForm({ slotMinutes: '20', tables: '10' })} />,
    ),
  );

  app.post<{ Body: Body }>('/events/new', writing, async (request, reply) => {
    const values = formToInput(request.body, ['sectors', 'spearheads']);
    try {
      const id = await createEvent(services, request.viewer, parseInput(EventInput, eventInput(values)));
      return reply.redirect(withFeedback(`/events/${id}`, 'event_created'), 303);
    } catch (error) {
      if (!isAppError(error) || error.id !== 'validation_failed') throw error;
      const form = { values, problems: error.fields };
      return sendPage(reply, <EventFormPage context={pageContext(request, reply)} form={form} />, 400);
    }
  });

  const editPage = async (request: FastifyRequest, reply: FastifyReply, id: string, form?: FormState) => {
    const event = presentEvent(await eventById(services, id), services.config.baseUrl, services.now());
    const shown = form ?? emptyForm(eventFormValues(event));
    const page = <EventFormPage context={pageContext(request, reply)} form={shown} editing={event} />;
    return sendPage(reply, page, form ? 400 : 200);
  };

  app.get<{ Params: { id: string } }>('/events/:id/edit', options, async (request, reply) =>
    editPage(request, reply, pageId(request.params.id)),
  );

  app.post<{ Params: { id: string }; Body: Body }>('/events/:id/edit', writing, async (request, reply) => {
    const id = pageId(request.params.id);
    const values = formToInput(request.body, ['sectors', 'spearheads']);
    try {
      await updateEvent(services, request.viewer, id, parseInput(EventInput, eventInput(values)));
      return reply.redirect(withFeedback(`/events/${id}`, 'saved'), 303);
    } catch (error) {
      if (!isAppError(error) || error.id !== 'validation_failed') throw error;
      return editPage(request, reply, id, { values, problems: error.fields });
    }
  });
}

export function organiserPages(app: App, services: Services): void {
  eventFormRoutes(app, services);
  const writing = { config: { rateLimit: writeLimit }, onRequest: requireAmbassador };

  app.get<{ Params: { id: string } }>(
    '/events/:id/organise',
    { config: { rateLimit: readLimit }, onRequest: requireAmbassador },
    async (request, reply) => organiserPage(services, request, reply, pageId(request.params.id)),
  );

  app.post<{ Params: { id: string } }>('/events/:id/schedule', writing, async (request, reply) => {
    const id = pageId(request.params.id);
    await runSchedule(services, request.viewer as Viewer, id);
    return reply.redirect(withFeedback(`/events/${id}/organise`, 'scheduled'), 303);
  });

  app.post<Ids>('/events/:id/requests/:requestId/placement', writing, async (request, reply) =>
    rowAction(
      services,
      request,
      reply,
      async (id, requestId) => {
        const values = formToInput(request.body);
        const placement = parseInput(PlacementInput, { slot: Number(values.slot), table: Number(values.table) });
        await placeByHand(services, request.viewer as Viewer, id, requestId, placement);
      },
      'placed',
    ),
  );

  app.post<Ids>('/events/:id/requests/:requestId/attendance', writing, async (request, reply) =>
    rowAction(
      services,
      request,
      reply,
      async (id, requestId) => {
        const { attendance } = parseInput(AttendanceInput, formToInput(request.body));
        await recordAttendance(services, request.viewer as Viewer, id, requestId, attendance);
      },
      'attendance',
    ),
  );
}
