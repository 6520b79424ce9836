// The response pages of a call: the form (save as draft, submit, change), its PDF files (a form of its
// own, multipart, CSRF checked before any byte), the confirmation before withdrawing, and downloads.
// Each post leads back to the form with its feedback, or shows it again with its problems, nothing changed.
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { App, Services } from '../app-types.ts';
import { requireViewer } from '../http/guards.ts';
import { readLimit, writeLimit } from '../http/rate-limits.ts';
import { sendPage } from '../web/render.ts';
import { pageContext } from '../web/context.ts';
import { pageId } from '../web/form-handling.ts';
import { withFeedback } from '../web/feedback.ts';
import { emptyForm, type FormState, type FormValues } from '../web/forms.tsx';
import { isAppError } from '../shared/errors.ts';
import { acceptUploadForms, uploadsOf } from '../attachments/upload-form.ts';
import { sendDownload } from '../attachments/download.ts';
import {
  attachToResponse,
  removeResponseAttachment,
  responseAttachmentToDownload,
  responseForm,
  saveResponse,
  withdrawResponse,
} from './responses-service.ts';
import { answerField } from './responses-rules.ts';
import { RESPONSE_ATTACHMENTS } from './responses-limits.ts';
import type { ResponseInput } from './responses-schemas.ts';
import { ResponsePage, WithdrawPage, type ResponseView } from './responses-pages.tsx';

type Body = Record<string, unknown>;
type Loaded = Awaited<ReturnType<typeof responseForm>>;

const text = (values: Body, name: string) => (typeof values[name] === 'string' ? (values[name] as string).trim() : '');
const amount = (raw: string) => (raw === '' ? undefined : Number(raw.replace(',', '.')));

/** The form's fields as the API's input; an unreadable price stays NaN and is refused at its question. */
function inputOf(values: Body, questions: Loaded['parts']['questions']): ResponseInput {
  const answers = questions.map((q) => {
    const field = answerField(q.id);
    const raw = text(values, field);
    if (q.kind === 'yes_no') return { questionId: q.id, ...(raw ? { yesNo: raw === 'yes' } : {}) };
    if (q.kind === 'price_range') {
      const [from, to] = [amount(raw), amount(text(values, `${field}-to`))];
      return {
        questionId: q.id,
        ...(from === undefined ? {} : { priceFrom: from }),
        ...(to === undefined ? {} : { priceTo: to }),
      };
    }
    return { questionId: q.id, [q.kind === 'text' ? 'text' : 'choice']: raw };
  });
  return { solutionId: text(values, 'solution'), answers };
}

/** The stored response as the form's values. */
function valuesOf(loaded: Loaded): FormValues {
  const values: FormValues = { solution: loaded.response?.solution_id ?? loaded.solutions[0]?.id ?? '' };
  for (const a of loaded.answers) {
    const field = answerField(a.question_id);
    values[field] = a.text_answer ?? a.choice ?? (a.yes_no === null ? (a.price_from ?? '') : a.yes_no ? 'yes' : 'no');
    if (a.price_to !== null) values[`${field}-to`] = a.price_to;
  }
  return values;
}

function viewOf(loaded: Loaded): ResponseView {
  return {
    callId: loaded.row.id,
    title: loaded.row.challenge_title,
    responsesUntil: loaded.row.responses_until.toISOString(),
    questions: loaded.parts.questions,
    solutions: loaded.solutions,
    response: loaded.response,
    attachments: loaded.attachments,
    mayChange: loaded.mayChange,
  };
}

async function responsePage(services: Services, request: FastifyRequest, reply: FastifyReply, form: FormState | null) {
  const id = pageId((request.params as { id: string }).id);
  const loaded = await responseForm(services, request.viewer, id);
  const shown = form ?? emptyForm(valuesOf(loaded));
  const page = <ResponsePage context={pageContext(request, reply)} view={viewOf(loaded)} form={shown} />;
  return sendPage(reply, page, shown.problems.length ? 400 : 200);
}

/** Runs a change and leads back to the form with its feedback; a validation error shows the form again. */
async function changing(
  services: Services,
  request: FastifyRequest,
  reply: FastifyReply,
  values: FormValues,
  change: (id: string) => Promise<Parameters<typeof withFeedback>[1]>,
) {
  const id = pageId((request.params as { id: string }).id);
  try {
    return reply.redirect(withFeedback(`/calls/${id}/response`, await change(id)), 303);
  } catch (error) {
    if (!isAppError(error) || error.id !== 'validation_failed') throw error;
    return responsePage(services, request, reply, { values, problems: error.fields });
  }
}

export function responsePages(app: App, services: Services): void {
  const read = { config: { rateLimit: readLimit }, onRequest: requireViewer };
  const write = { config: { rateLimit: writeLimit }, onRequest: requireViewer };

  app.get<{ Params: { id: string } }>('/calls/:id/response', read, (request, reply) =>
    responsePage(services, request, reply, null),
  );

  app.post<{ Params: { id: string }; Body: Body }>('/calls/:id/response', write, (request, reply) =>
    changing(services, request, reply, request.body, async (id) => {
      const { parts, response } = await responseForm(services, request.viewer, id);
      const intent = request.body.intent === 'submit' ? 'submit' : 'draft';
      await saveResponse(services, request.viewer, id, inputOf(request.body, parts.questions), intent);
      if (intent === 'submit') return 'response_submitted';
      return response?.status === 'submitted' ? 'response_changed' : 'response_saved';
    }),
  );

  // biome-ignore lint/nursery/noMisusedPromises: Fastify awaits an async plugin
  app.register(async (scope: App) => {
    await acceptUploadForms(scope, RESPONSE_ATTACHMENTS);
    scope.post<{ Params: { id: string } }>('/calls/:id/response/attachments', write, (request, reply) =>
      changing(services, request, reply, {}, async (id) => {
        await attachToResponse(services, request.viewer, id, () => uploadsOf(request, RESPONSE_ATTACHMENTS));
        return 'response_files_added';
      }),
    );
  });

  app.post<{ Params: { id: string; attachmentId: string } }>(
    '/calls/:id/response/attachments/:attachmentId/remove',
    write,
    (request, reply) =>
      changing(services, request, reply, {}, async (id) => {
        await removeResponseAttachment(services, request.viewer, id, pageId(request.params.attachmentId));
        return 'response_file_removed';
      }),
  );

  app.get<{ Params: { id: string } }>('/calls/:id/response/withdraw', read, async (request, reply) => {
    const loaded = await responseForm(services, request.viewer, pageId(request.params.id));
    return sendPage(reply, <WithdrawPage context={pageContext(request, reply)} view={viewOf(loaded)} />);
  });

  app.post<{ Params: { id: string } }>('/calls/:id/response/withdraw', write, (request, reply) =>
    changing(services, request, reply, {}, async (id) => {
      await withdrawResponse(services, request.viewer, id);
      return 'response_withdrawn';
    }),
  );

  app.get<{ Params: { id: string } }>('/call-response-attachments/:id', read, async (request, reply) =>
    sendDownload(reply, await responseAttachmentToDownload(services, request.viewer, pageId(request.params.id))),
  );
}
