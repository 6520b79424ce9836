// Conversation pages: the conversation of a match, and the forms posted from it (write with files,
// report, hide), each answered with a redirect carrying what was done; a message's files as
// downloads; the ambassador's message to all accepted matches of a challenge.
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { App, Services } from '../app-types.ts';
import { requireAmbassador, requireViewer } from '../http/guards.ts';
import { readLimit, writeLimit } from '../http/rate-limits.ts';
import { sendPage } from '../web/render.ts';
import { pageContext } from '../web/context.ts';
import { pageId } from '../web/form-handling.ts';
import { isAppError } from '../shared/errors.ts';
import { withFeedback } from '../web/feedback.ts';
import { emptyForm, type FormState } from '../web/forms.tsx';
import { formToInput, parseInput } from '../shared/validation.ts';
import type { Viewer } from '../shared/viewer.ts';
import { presentMatch } from '../matches/presenter.ts';
import { MessageInput, ReportInput } from './schemas.ts';
import * as service from './service.ts';
import { presentConversation } from './presenter.ts';
import { ConversationPage, ToAllPage } from './pages.tsx';
import { acceptUploadForms, uploadsOf } from '../attachments/upload-form.ts';
import { sendDownload } from '../attachments/download.ts';
import { MESSAGE_ATTACHMENTS } from './limits.ts';

type Body = Record<string, unknown>;
type IdRequest = FastifyRequest<{ Params: { id: string }; Body: Body }>;
type FormPage = (
  services: Services,
  request: FastifyRequest,
  reply: FastifyReply,
  id: string,
  form: FormState,
) => Promise<FastifyReply>;

/** A form's post: a redirect when it went through, the page again with the problems tied to their fields when not. */
async function submitted(
  reply: FastifyReply,
  action: () => Promise<string>,
  rerender: (problems: FormState['problems']) => Promise<FastifyReply>,
): Promise<FastifyReply> {
  try {
    return reply.redirect(await action(), 303);
  } catch (error) {
    if (isAppError(error) && error.id === 'validation_failed') return rerender(error.fields);
    throw error;
  }
}

/** A message form's post: the message written (write gets the page's id and the text), or the page again with the problems. */
function postMessageForm(
  services: Services,
  request: IdRequest,
  reply: FastifyReply,
  page: FormPage,
  write: (id: string, body: string) => Promise<string>,
): Promise<FastifyReply> {
  const id = pageId(request.params.id);
  const values = formToInput(request.body);
  return submitted(
    reply,
    () => write(id, parseInput(MessageInput, values).body),
    (problems) => page(services, request, reply, id, { values, problems }),
  );
}

async function conversationPage(
  services: Services,
  request: FastifyRequest,
  reply: FastifyReply,
  id: string,
  form: FormState,
) {
  const read = await service.readConversation(services, request.viewer, id);
  const match = await presentMatch(services, read.parties, request.viewer, request.translator);
  const conversation = presentConversation(read, (request.viewer as Viewer).id, request.translator);
  return sendPage(
    reply,
    <ConversationPage
      context={pageContext(request, reply)}
      match={match}
      conversation={conversation}
      form={form}
      challengeId={read.parties.challenge.id}
    />,
    form.problems.length ? 400 : 200,
  );
}

async function toAllPage(
  services: Services,
  request: FastifyRequest,
  reply: FastifyReply,
  id: string,
  form: FormState,
) {
  const { challenge, matchIds } = await service.openConversationsOfChallenge(services, request.viewer, id);
  return sendPage(
    reply,
    <ToAllPage context={pageContext(request, reply)} challenge={challenge} count={matchIds.length} form={form} />,
    form.problems.length ? 400 : 200,
  );
}

export function conversationPages(app: App, services: Services): void {
  app.get<{ Params: { id: string } }>(
    '/matches/:id/conversation',
    { config: { rateLimit: readLimit }, onRequest: requireViewer },
    async (request, reply) => conversationPage(services, request, reply, pageId(request.params.id), emptyForm()),
  );

  // biome-ignore lint/nursery/noMisusedPromises: Fastify awaits an async plugin
  app.register(async (scope: App) => {
    await acceptUploadForms(scope, MESSAGE_ATTACHMENTS);
    scope.post<{ Params: { id: string }; Body: Body }>(
      '/matches/:id/conversation/messages',
      { config: { rateLimit: writeLimit }, onRequest: requireViewer },
      async (request, reply) =>
        postMessageForm(services, request, reply, conversationPage, async (id, body) => {
          const uploads = () => uploadsOf(request, MESSAGE_ATTACHMENTS);
          const messageId = await service.postMessage(services, request.viewer, id, body, uploads);
          return `${withFeedback(`/matches/${id}/conversation`, 'message_sent')}#message-${messageId}`;
        }),
    );
  });

  app.get<{ Params: { id: string } }>(
    '/conversation-attachments/:id',
    { config: { rateLimit: readLimit }, onRequest: requireViewer },
    async (request, reply) =>
      sendDownload(reply, await service.attachmentToDownload(services, request.viewer, pageId(request.params.id))),
  );

  app.post<{ Params: { id: string }; Body: Body }>(
    '/conversation-messages/:id/report',
    { config: { rateLimit: writeLimit }, onRequest: requireViewer },
    async (request, reply) => {
      const id = pageId(request.params.id);
      const { reason } = parseInput(ReportInput, formToInput(request.body));
      await service.reportMessage(services, request.viewer, id, reason);
      const matchId = await service.matchOfMessage(services, id);
      return reply.redirect(withFeedback(`/matches/${matchId}/conversation`, 'message_reported'), 303);
    },
  );

  app.post<{ Params: { id: string }; Body: Body }>(
    '/conversation-messages/:id/hide',
    { config: { rateLimit: writeLimit }, onRequest: requireAmbassador },
    async (request, reply) => {
      const id = pageId(request.params.id);
      // Hiding cannot be undone: the form asks for a confirmation, and without it nothing happens.
      if (formToInput(request.body).confirm !== 'yes') {
        const problems = [{ field: `confirm-${id}`, message: 'conversation.hide_confirm_missing' as const }];
        return conversationPage(services, request, reply, await service.matchOfMessage(services, id), {
          values: {},
          problems,
        });
      }
      const matchId = await service.hideMessage(services, request.viewer, id);
      return reply.redirect(withFeedback(`/matches/${matchId}/conversation`, 'message_hidden'), 303);
    },
  );

  app.get<{ Params: { id: string } }>(
    '/challenges/:id/conversation-messages',
    { config: { rateLimit: readLimit }, onRequest: requireAmbassador },
    async (request, reply) => toAllPage(services, request, reply, pageId(request.params.id), emptyForm()),
  );

  app.post<{ Params: { id: string }; Body: Body }>(
    '/challenges/:id/conversation-messages',
    { config: { rateLimit: writeLimit }, onRequest: requireAmbassador },
    async (request, reply) =>
      postMessageForm(services, request, reply, toAllPage, async (id, body) => {
        await service.messageAllAcceptedMatches(services, request.viewer, id, body);
        return withFeedback(`/challenges/${id}/conversation-messages`, 'messages_sent_to_all');
      }),
  );
}
