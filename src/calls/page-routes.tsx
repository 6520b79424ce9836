// Open call pages: the list and one call's page (with schema.org Demand), the Atom feed of open calls,
// the owner's form to draft and change a call, submitting, the ambassador's review, and asking and
// answering public questions. Each post leads back to the call's page with feedback, or shows the form
// again with its problems and nothing changed.
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { App, Services } from '../app-types.ts';
import type { Viewer } from '../shared/viewer.ts';
import { requireViewer } from '../http/guards.ts';
import { readLimit, writeLimit } from '../http/rate-limits.ts';
import { sendPage } from '../web/render.ts';
import { pageContext } from '../web/context.ts';
import { pageId } from '../web/form-handling.ts';
import { withFeedback } from '../web/feedback.ts';
import { emptyForm, type FormState } from '../web/forms.tsx';
import { isAppError } from '../shared/errors.ts';
import { formToInput, parseInput } from '../shared/validation.ts';
import { toBrusselsInput } from '../meetings/brussels-time.ts';
import { schemaOrgJson } from '../opendata/schema-org.ts';
import { sendCurrent } from '../http/conditional-get.ts';
import { atomDocument, newestUpdate } from '../feeds/atom.ts';
import { presentCall } from './presenter.ts';
import {
  answerQuestion,
  askQuestion,
  callFormChoices,
  callWithParts,
  changeCall,
  createCall,
  listCalls,
  mayAnswer,
  mayManage,
  mayApprove,
  mayReview,
  openCallsChangedAt,
  partsOfCalls,
  reviewCall,
  submitCall,
  type CallParts,
} from './service.ts';
import { AnswerInput, AskInput, CallInput, CallListQuery, CallUpdate, ReviewInput, type Call } from './schemas.ts';
import { CallPage, CallsPage, callTitle, when } from './pages.tsx';
import { CallFormPage, CRITERION_ROWS, QUESTION_ROWS } from './form.tsx';
import { publishedResult } from './evaluation-service.ts';
import { CallEvaluation } from './evaluation-pages.tsx';
import { respondingState } from './responses-service.ts';
import { RespondSection } from './responses-pages.tsx';

type Body = Record<string, unknown>;
const FEED_SIZE = 50;
const TIMES = ['questionsUntil', 'responsesUntil', 'evaluationUntil', 'resultDate'] as const;

/** The form's rows as the API's input: questions and criteria from the rows filled in. */
export function callInputOf(values: Body) {
  const text = (name: string) => (typeof values[name] === 'string' ? (values[name] as string) : undefined);
  const number = (name: string) => (text(name) === undefined ? undefined : Number(text(name)));
  const questions = Array.from({ length: QUESTION_ROWS }, (_, n) => n + 1)
    .filter((n) => text(`q${n}Prompt`))
    .map((n) => ({
      kind: text(`q${n}Kind`) ?? 'text',
      prompt: text(`q${n}Prompt`),
      ...(number(`q${n}MaxLength`) === undefined ? {} : { maxLength: number(`q${n}MaxLength`) }),
      options: (text(`q${n}Options`) ?? '')
        .split(/\r?\n/)
        .map((o) => o.trim())
        .filter(Boolean),
    }));
  const criteria = Array.from({ length: CRITERION_ROWS }, (_, n) => n + 1)
    .filter((n) => text(`c${n}Name`) || text(`c${n}Weight`))
    .map((n) => ({ name: text(`c${n}Name`) ?? '', weight: number(`c${n}Weight`) }));
  return {
    ...Object.fromEntries(TIMES.map((name) => [name, text(name) ?? ''])),
    kind: text('kind'),
    eligibility: text('eligibility') ?? '',
    questions,
    criteria,
    panel: values.panel,
    publishResult: values.publishResult === 'true',
    ...(text('challengeId') ? { challengeId: text('challengeId') } : {}),
    ...(text('clarification') ? { clarification: text('clarification') } : {}),
  };
}

/** A call's content as the form's values, for changing it. */
function formValuesOf(call: Call): Body {
  const values: Body = {
    kind: call.kind,
    eligibility: call.eligibility,
    panel: call.panel.map((p) => p.id),
    publishResult: call.publishResult ? 'true' : '',
  };
  for (const name of TIMES) values[name] = toBrusselsInput(new Date(call[name]));
  call.questions.forEach((q, n) => {
    values[`q${n + 1}Prompt`] = q.prompt;
    values[`q${n + 1}Kind`] = q.kind;
    values[`q${n + 1}MaxLength`] = q.maxLength ?? '';
    values[`q${n + 1}Options`] = q.options.join('\n');
  });
  call.criteria.forEach((c, n) => {
    values[`c${n + 1}Name`] = c.name;
    values[`c${n + 1}Weight`] = String(c.weight);
  });
  return values;
}

/** schema.org Demand for an open call: what is sought, by whom, until when. */
function structuredCall(call: Call, title: string): string | null {
  if (call.status !== 'open') return null;
  return schemaOrgJson({
    '@context': 'https://schema.org',
    '@type': 'Demand',
    name: title,
    description: call.challenge.title,
    url: call.links.page,
    availabilityStarts: call.openedAt,
    availabilityEnds: call.responsesUntil,
    validThrough: call.responsesUntil,
    seller: { '@type': 'Organization', name: call.challenge.organisation },
    areaServed: call.challenge.region,
  });
}

async function callPage(services: Services, request: FastifyRequest, reply: FastifyReply, id: string, form: FormState) {
  const viewer = request.viewer;
  const { row, parts } = await callWithParts(services, viewer, id);
  const call = presentCall(row, parts, services.config.baseUrl, services.now(), mayManage(viewer, row));
  const actions = {
    mayAsk: viewer !== null,
    mayAnswer: mayAnswer(viewer, row),
    mayManage: mayManage(viewer, row),
    mayReview: mayReview(viewer, row),
    mayApprove: mayApprove(viewer, row),
  };
  const structuredData = structuredCall(call, callTitle(request.translator, call));
  const onPanel = parts.panel.some((p) => p.id === viewer?.id);
  const result = await publishedResult(services, viewer, id);
  const responding = await respondingState(services, viewer, row);
  const respond = (responding.mayRespond || responding.hasResponse) && (
    <RespondSection
      t={request.translator}
      callId={id}
      responsesUntil={call.responsesUntil}
      open={responding.mayRespond}
    />
  );
  const evaluation = <CallEvaluation t={request.translator} callId={id} onPanel={onPanel} result={result} />;
  const page = (
    <CallPage
      context={pageContext(request, reply)}
      call={call}
      structuredData={structuredData}
      actions={actions}
      form={form}
      respond={respond}
      evaluation={evaluation}
    />
  );
  return sendPage(reply, page, form.problems.length ? 400 : 200);
}

async function presentedList(services: Services, viewer: Viewer | null, query: CallListQuery) {
  const rows = await listCalls(services, viewer, query);
  const parts = await partsOfCalls(services, rows);
  const now = services.now();
  return rows.map((row, n) =>
    presentCall(row, parts[n] as CallParts, services.config.baseUrl, now, mayManage(viewer, row)),
  );
}

/** How many of the calls the reader may see carry each filter value. */
function countsOf(calls: Call[]): Record<string, Record<string, number>> {
  const counts: Record<string, Record<string, number>> = {
    phase: {},
    sector: {},
    spearhead: {},
    region: {},
    status: {},
  };
  const add = (facet: string, value: string) => {
    const facetCounts = counts[facet] as Record<string, number>;
    facetCounts[value] = (facetCounts[value] ?? 0) + 1;
  };
  for (const call of calls) {
    if (call.phase) add('phase', call.phase);
    add('status', call.status);
    add('region', call.challenge.region);
    for (const sector of call.challenge.sectors) add('sector', sector);
    for (const spearhead of call.challenge.spearheads) add('spearhead', String(spearhead));
  }
  return counts;
}

async function callFeed(services: Services, request: FastifyRequest, reply: FastifyReply) {
  const baseUrl = services.config.baseUrl;
  const t = request.translator;
  // The feed is the same for everyone: only what an anonymous reader may see.
  const calls = (await presentedList(services, null, { status: ['open'] })).slice(0, FEED_SIZE);
  const feed = {
    id: `${baseUrl}/feeds/calls.atom`,
    selfLink: `${baseUrl}/feeds/calls.atom`,
    alternateLink: `${baseUrl}/calls`,
    title: `${t.t('site.name')} · ${t.t('calls.title')}`,
    language: t.locale,
    author: t.t('site.name'),
    now: services.now(),
    lastChange: await openCallsChangedAt(services),
    entries: calls.map((call) => ({
      id: call.links.page,
      title: callTitle(t, call),
      summary:
        `${call.challenge.organisation} · ${t.t('calls.card_deadline', { date: when(t, call.responsesUntil) })}\n${call.eligibility}`.trim(),
      language: call.challenge.language,
      link: call.links.page,
      author: call.challenge.organisation,
      published: call.openedAt ? new Date(call.openedAt) : null,
      updated: new Date(call.clarifications.at(-1)?.date ?? call.openedAt ?? call.questionsUntil),
    })),
  };
  reply.type('application/atom+xml; charset=utf-8').header('vary', 'accept-language, cookie');
  return sendCurrent(request, reply, atomDocument(feed), newestUpdate(feed));
}

function formRoutes(app: App, services: Services) {
  const read = { config: { rateLimit: readLimit }, onRequest: requireViewer };
  const write = { config: { rateLimit: writeLimit }, onRequest: requireViewer };

  const newForm = async (request: FastifyRequest, reply: FastifyReply, challengeId: string, form: FormState) => {
    const { challenge, candidates } = await callFormChoices(services, request.viewer, challengeId);
    const title = request.translator.t('calls.new_title', { challenge: challenge.title });
    const page = (
      <CallFormPage
        context={pageContext(request, reply)}
        action={`/calls/new?challenge=${challenge.id}`}
        title={title}
        open={false}
        candidates={candidates}
        form={form}
      />
    );
    return sendPage(reply, page, form.problems.length ? 400 : 200);
  };

  app.get<{ Querystring: { challenge?: string } }>('/calls/new', read, async (request, reply) =>
    newForm(
      request,
      reply,
      pageId(request.query.challenge ?? ''),
      emptyForm({ publishResult: 'true', q1Kind: 'text', q1MaxLength: '2000' }),
    ),
  );

  app.post<{ Querystring: { challenge?: string }; Body: Body }>('/calls/new', write, async (request, reply) => {
    const challengeId = pageId(request.query.challenge ?? '');
    const values = formToInput(request.body, ['panel']);
    try {
      const id = await createCall(
        services,
        request.viewer,
        parseInput(CallInput, callInputOf({ ...values, challengeId })),
      );
      return reply.redirect(withFeedback(`/calls/${id}`, 'saved'), 303);
    } catch (error) {
      if (!isAppError(error) || error.id !== 'validation_failed') throw error;
      return newForm(request, reply, challengeId, { values, problems: error.fields });
    }
  });

  const editForm = async (request: FastifyRequest, reply: FastifyReply, id: string, form: FormState | null) => {
    const { row, parts } = await callWithParts(services, request.viewer, id);
    const call = presentCall(row, parts, services.config.baseUrl, services.now(), true);
    const { candidates } = await callFormChoices(services, request.viewer, row.challenge_id);
    const title = request.translator.t('calls.edit_title', { challenge: row.challenge_title });
    const shown = form ?? emptyForm(formValuesOf(call));
    const page = (
      <CallFormPage
        context={pageContext(request, reply)}
        action={`/calls/${id}/edit`}
        title={title}
        open={row.status === 'open'}
        candidates={candidates}
        form={shown}
      />
    );
    return sendPage(reply, page, shown.problems.length ? 400 : 200);
  };

  app.get<{ Params: { id: string } }>('/calls/:id/edit', read, async (request, reply) =>
    editForm(request, reply, pageId(request.params.id), null),
  );

  app.post<{ Params: { id: string }; Body: Body }>('/calls/:id/edit', write, async (request, reply) => {
    const id = pageId(request.params.id);
    const values = formToInput(request.body, ['panel']);
    try {
      await changeCall(services, request.viewer, id, parseInput(CallUpdate, callInputOf(values)));
      return reply.redirect(withFeedback(`/calls/${id}`, 'saved'), 303);
    } catch (error) {
      if (!isAppError(error) || error.id !== 'validation_failed') throw error;
      return editForm(request, reply, id, { values, problems: error.fields });
    }
  });
}

function actionRoutes(app: App, services: Services) {
  const write = { config: { rateLimit: writeLimit }, onRequest: requireViewer };

  app.post<{ Params: { id: string } }>('/calls/:id/submit', write, async (request, reply) => {
    const id = pageId(request.params.id);
    await submitCall(services, request.viewer, id);
    return reply.redirect(withFeedback(`/calls/${id}`, 'submitted'), 303);
  });

  app.post<{ Params: { id: string }; Body: Body }>('/calls/:id/review', write, async (request, reply) => {
    const id = pageId(request.params.id);
    const input = parseInput(ReviewInput, formToInput(request.body));
    await reviewCall(services, request.viewer, id, input);
    return reply.redirect(
      withFeedback(`/calls/${id}`, input.decision === 'approve' ? 'call_opened' : 'sent_back'),
      303,
    );
  });

  app.post<{ Params: { id: string }; Body: Body }>('/calls/:id/qa', write, async (request, reply) => {
    const id = pageId(request.params.id);
    const values = formToInput(request.body);
    try {
      await askQuestion(services, request.viewer, id, parseInput(AskInput, values).question);
      return reply.redirect(withFeedback(`/calls/${id}`, 'question_asked'), 303);
    } catch (error) {
      if (!isAppError(error) || error.id !== 'validation_failed') throw error;
      return callPage(services, request, reply, id, { values, problems: error.fields });
    }
  });

  app.post<{ Params: { id: string; qaId: string }; Body: Body }>(
    '/calls/:id/qa/:qaId/answer',
    write,
    async (request, reply) => {
      const id = pageId(request.params.id);
      const { answer } = parseInput(AnswerInput, formToInput(request.body));
      await answerQuestion(services, request.viewer, id, pageId(request.params.qaId), answer);
      return reply.redirect(withFeedback(`/calls/${id}`, 'question_answered'), 303);
    },
  );
}

export function callPages(app: App, services: Services): void {
  const options = { config: { rateLimit: readLimit }, schema: { hide: true } };

  app.get('/calls', options, async (request, reply) => {
    const query = parseInput(CallListQuery, request.query ?? {});
    const all = await presentedList(services, request.viewer, {});
    const calls = await presentedList(services, request.viewer, query);
    return sendPage(reply, <CallsPage context={pageContext(request, reply)} calls={calls} counts={countsOf(all)} />);
  });

  app.get<{ Params: { id: string } }>('/calls/:id', options, async (request, reply) =>
    callPage(services, request, reply, pageId(request.params.id), emptyForm()),
  );

  app.get('/feeds/calls.atom', options, async (request, reply) => callFeed(services, request, reply));
  formRoutes(app, services);
  actionRoutes(app, services);
}
