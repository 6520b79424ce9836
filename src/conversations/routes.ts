// Conversations in the API: the messages of a match's conversation (read, write with files, download
// a file), reporting and hiding a message, and the ambassador's message to all accepted matches of a challenge.
import type { FastifyRequest } from 'fastify';
import type { App, Services } from '../app-types.ts';
import { requireAmbassador, requireViewer } from '../http/guards.ts';
import { ErrorBody, IdParams } from '../http/schemas.ts';
import { readLimit, writeLimit } from '../http/rate-limits.ts';
import type { Viewer } from '../shared/viewer.ts';
import { errors } from '../shared/errors.ts';
import { Message, MessageInput, MessageList, ReportInput, ToAllResult } from './schemas.ts';
import * as service from './service.ts';
import { presentConversation, presentMessage } from './presenter.ts';
import { acceptUploadForms, uploadsOf } from '../attachments/upload-form.ts';
import { sendDownload } from '../attachments/download.ts';
import { MESSAGE_ATTACHMENTS } from './limits.ts';

const tags = ['conversations'];
const failures = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody };

async function conversationAnswer(services: Services, request: FastifyRequest, matchId: string) {
  const read = await service.readConversation(services, request.viewer, matchId);
  return presentConversation(read, (request.viewer as Viewer).id, request.translator);
}

export function conversationRoutes(app: App, services: Services): void {
  app.get(
    '/api/v1/matches/:id/conversation/messages',
    {
      config: { rateLimit: readLimit },
      onRequest: requireViewer,
      schema: {
        operationId: 'listConversationMessages',
        tags,
        summary: 'The messages of a match’s conversation',
        description:
          'For the members of both organisations and the challenge’s curating ambassador, once both sides accepted ' +
          'the match (403 before; 404 for anyone not party to the match). Reading marks the messages read for the caller.',
        params: IdParams,
        response: { 200: MessageList, ...failures },
      },
    },
    async (request) => conversationAnswer(services, request, request.params.id),
  );

  // biome-ignore lint/nursery/noMisusedPromises: Fastify awaits an async plugin
  app.register(async (scope: App) => {
    await acceptUploadForms(scope, MESSAGE_ATTACHMENTS);
    scope.post(
      '/api/v1/matches/:id/conversation/messages',
      {
        config: { rateLimit: writeLimit },
        onRequest: requireViewer,
        schema: {
          operationId: 'postConversationMessage',
          tags,
          summary: 'Write a message in a match’s conversation',
          description:
            'Plain text; the other participants are notified as their notification settings say (at once, in a digest, or not). ' +
            'To attach files, send multipart/form-data: the `body` field first, then up to five `files` parts (PDF, PNG ' +
            'or JPEG by their content, 10 MB each); a file of another type, an empty one, one too large or one too many ' +
            'is refused (400) and nothing is written. 409 when the match no longer runs.',
          consumes: ['application/json', 'multipart/form-data'],
          params: IdParams,
          body: MessageInput,
          response: { 201: Message, ...failures, 409: ErrorBody },
        },
      },
      async (request, reply) => {
        const uploads = () => uploadsOf(request, MESSAGE_ATTACHMENTS);
        const id = await service.postMessage(services, request.viewer, request.params.id, request.body.body, uploads);
        const answer = await conversationAnswer(services, request, request.params.id);
        const message = answer.items.find((m) => m.id === id);
        if (!message) throw errors.notFound();
        return reply
          .status(201)
          .header('location', `/api/v1/matches/${request.params.id}/conversation/messages`)
          .send(message);
      },
    );
  });

  app.get(
    '/api/v1/conversation-attachments/:id',
    {
      config: { rateLimit: readLimit },
      onRequest: requireViewer,
      schema: {
        operationId: 'downloadConversationAttachment',
        tags,
        summary: 'Download a file attached to a conversation message',
        description:
          'For those who may read the conversation, while the message is neither hidden nor erased (404 otherwise, ' +
          'as for anyone not party to the match). Always a download (Content-Disposition: attachment) in the type ' +
          'the content was checked to be.',
        produces: [...MESSAGE_ATTACHMENTS.types],
        params: IdParams,
        response: failures,
      },
    },
    async (request, reply) =>
      sendDownload(reply, await service.attachmentToDownload(services, request.viewer, request.params.id)),
  );

  app.post(
    '/api/v1/conversation-messages/:id/report',
    {
      config: { rateLimit: writeLimit },
      onRequest: requireViewer,
      schema: {
        operationId: 'reportConversationMessage',
        tags,
        summary: 'Report someone else’s message to the ambassador',
        description: 'The curating ambassador is notified and may hide the message. Reporting twice changes nothing.',
        params: IdParams,
        body: ReportInput,
        response: { 204: { type: 'null', description: 'Reported' }, ...failures },
      },
    },
    async (request, reply) => {
      await service.reportMessage(services, request.viewer, request.params.id, request.body.reason);
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/api/v1/conversation-messages/:id/hide',
    {
      config: { rateLimit: writeLimit },
      onRequest: requireAmbassador,
      schema: {
        operationId: 'hideConversationMessage',
        tags,
        summary: 'Hide a message (the curating ambassador)',
        description: 'The message stays in place without its text; the audit log records who hid it.',
        params: IdParams,
        response: { 200: Message, ...failures },
      },
    },
    async (request) => {
      const matchId = await service.hideMessage(services, request.viewer, request.params.id);
      const read = await service.readConversation(services, request.viewer, matchId);
      const row = read.messages.find((m) => m.id === request.params.id);
      if (!row) throw errors.notFound();
      return presentMessage(row, { ...read, id: (request.viewer as Viewer).id }, request.translator);
    },
  );

  app.post(
    '/api/v1/challenges/:id/conversation-messages',
    {
      config: { rateLimit: writeLimit },
      onRequest: requireAmbassador,
      schema: {
        operationId: 'messageAllAcceptedMatches',
        tags,
        summary: 'One message to all parties of a challenge’s accepted matches',
        description:
          'For the challenge’s curating ambassador: the message goes into the conversation of each match of the ' +
          'challenge that both sides accepted and that still runs.',
        params: IdParams,
        body: MessageInput,
        response: { 201: ToAllResult, ...failures },
      },
    },
    async (request, reply) => {
      const matchIds = await service.messageAllAcceptedMatches(
        services,
        request.viewer,
        request.params.id,
        request.body.body,
      );
      return reply.status(201).send({ matchIds });
    },
  );
}
