// Responses to open calls in the API: the caller's organisation's own response (read, save as draft,
// submit, withdraw), its PDF files, and their download for whoever may read the response.
import type { FastifyRequest } from 'fastify';
import type { App, Services } from '../app-types.ts';
import { requireViewer } from '../http/guards.ts';
import { ErrorBody, IdParams } from '../http/schemas.ts';
import { readLimit, writeLimit } from '../http/rate-limits.ts';
import { acceptUploadForms, uploadsOf } from '../attachments/upload-form.ts';
import { sendDownload } from '../attachments/download.ts';
import { presentResponse } from './responses-presenter.ts';
import {
  attachToResponse,
  ownResponse,
  removeResponseAttachment,
  responseAttachmentToDownload,
  saveResponse,
  withdrawResponse,
} from './responses-service.ts';
import { RESPONSE_ATTACHMENTS } from './responses-limits.ts';
import { CallResponse, ResponseAttachmentParams, ResponseInput } from './responses-schemas.ts';

const tags = ['calls'];
const failures = { 401: ErrorBody, 403: ErrorBody, 404: ErrorBody };
const SEALED =
  'Sealed: until the deadline only members of the responding organisation see a response (not the call’s ' +
  'owner, panel, ambassadors or admins). ';
const LATE = '409 `responses_closed` once the deadline (`responsesUntil`) has passed: nothing is changed then. ';

export function responseRoutes(app: App, services: Services): void {
  const baseUrl = services.config.baseUrl;
  const present = async (request: FastifyRequest, id: string) => {
    const own = await ownResponse(services, request.viewer, id);
    const context = { baseUrl, responsesUntil: own.row.responses_until, mayChange: own.mayChange };
    return presentResponse(own.response, own.answers, own.attachments, context);
  };
  const path = '/api/v1/calls/:id/responses';

  app.get<{ Params: { id: string } }>(
    path,
    {
      config: { rateLimit: readLimit },
      onRequest: requireViewer,
      schema: {
        operationId: 'getOwnCallResponse',
        tags,
        summary: 'Your organisation’s response to a call',
        description: `${SEALED}404 when your organisation has no response; 403 for the challenge’s own organisation.`,
        params: IdParams,
        response: { 200: CallResponse, ...failures },
      },
    },
    async (request) => present(request, request.params.id),
  );

  app.put<{ Params: { id: string }; Body: ResponseInput }>(
    path,
    {
      config: { rateLimit: writeLimit },
      onRequest: requireViewer,
      schema: {
        operationId: 'saveCallResponseDraft',
        tags,
        summary: 'Save your organisation’s response (as a draft)',
        description:
          'For a verified member of another organisation than the challenge’s who may read the open call. ' +
          'Answers may be incomplete in a draft but each given one is checked for its question’s kind. A ' +
          'submitted response stays submitted with its new content, which must then be complete. ' +
          `The 400 names every wrong field and nothing is stored. ${LATE}`,
        params: IdParams,
        body: ResponseInput,
        response: { 200: CallResponse, 400: ErrorBody, ...failures, 409: ErrorBody },
      },
    },
    async (request) => {
      await saveResponse(services, request.viewer, request.params.id, request.body, 'draft');
      return present(request, request.params.id);
    },
  );

  app.post<{ Params: { id: string }; Body: ResponseInput }>(
    path,
    {
      config: { rateLimit: writeLimit },
      onRequest: requireViewer,
      schema: {
        operationId: 'submitCallResponse',
        tags,
        summary: 'Submit your organisation’s response',
        description:
          'Every question answered (text within its length, choice among its options, yes/no, price range ' +
          'from ≤ to, both ≥ 0) with a published solution of your organisation; the 400 names every wrong ' +
          `field and nothing is stored. Your organisation’s members get a confirmation. ${LATE}`,
        params: IdParams,
        body: ResponseInput,
        response: { 200: CallResponse, 400: ErrorBody, ...failures, 409: ErrorBody },
      },
    },
    async (request) => {
      await saveResponse(services, request.viewer, request.params.id, request.body, 'submit');
      return present(request, request.params.id);
    },
  );

  app.delete<{ Params: { id: string } }>(
    path,
    {
      config: { rateLimit: writeLimit },
      onRequest: requireViewer,
      schema: {
        operationId: 'withdrawCallResponse',
        tags,
        summary: 'Withdraw your organisation’s response',
        description: `The response no longer counts; saving it again makes it a draft. ${LATE}`,
        params: IdParams,
        response: { 200: CallResponse, ...failures, 409: ErrorBody },
      },
    },
    async (request) => {
      await withdrawResponse(services, request.viewer, request.params.id);
      return present(request, request.params.id);
    },
  );

  // biome-ignore lint/nursery/noMisusedPromises: Fastify awaits an async plugin
  app.register(async (scope: App) => {
    await acceptUploadForms(scope, RESPONSE_ATTACHMENTS);
    scope.post<{ Params: { id: string } }>(
      `${path}/attachments`,
      {
        config: { rateLimit: writeLimit },
        onRequest: requireViewer,
        schema: {
          operationId: 'attachToCallResponse',
          tags,
          summary: 'Attach PDF files to your organisation’s response',
          description:
            'multipart/form-data with up to five `files` parts: PDF by content only, 10 MB each, five per ' +
            'response in all. A file of another type (whatever its name), an empty one, one too large or one ' +
            `too many is refused (400) and nothing is stored. Save the response first (404 otherwise). ${LATE}`,
          consumes: ['multipart/form-data'],
          params: IdParams,
          response: { 201: CallResponse, 400: ErrorBody, ...failures, 409: ErrorBody },
        },
      },
      async (request, reply) => {
        await attachToResponse(services, request.viewer, request.params.id, () =>
          uploadsOf(request, RESPONSE_ATTACHMENTS),
        );
        return reply.status(201).send(await present(request, request.params.id));
      },
    );
  });

  app.delete<{ Params: { id: string; attachmentId: string } }>(
    `${path}/attachments/:attachmentId`,
    {
      config: { rateLimit: writeLimit },
      onRequest: requireViewer,
      schema: {
        operationId: 'removeCallResponseAttachment',
        tags,
        summary: 'Remove a file from your organisation’s response',
        description: `The file is deleted with its link. ${LATE}`,
        params: ResponseAttachmentParams,
        response: { 200: CallResponse, ...failures, 409: ErrorBody },
      },
    },
    async (request) => {
      await removeResponseAttachment(services, request.viewer, request.params.id, request.params.attachmentId);
      return present(request, request.params.id);
    },
  );

  app.get<{ Params: { id: string } }>(
    '/api/v1/call-response-attachments/:id',
    {
      config: { rateLimit: readLimit },
      onRequest: requireViewer,
      schema: {
        operationId: 'downloadCallResponseAttachment',
        tags,
        summary: 'Download a file of a call response',
        description: `${SEALED}After it, panel members who declared no conflict, for submitted responses. 404 for anyone else. Always a download (Content-Disposition: attachment).`,
        produces: [...RESPONSE_ATTACHMENTS.types],
        params: IdParams,
        response: failures,
      },
    },
    async (request, reply) =>
      sendDownload(reply, await responseAttachmentToDownload(services, request.viewer, request.params.id)),
  );
}
