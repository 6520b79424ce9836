// Follows, saved searches and the contact setting in the API; each person manages only their own.
import { Type } from 'typebox';
import type { App, Services } from '../app-types.ts';
import type { Viewer } from '../shared/viewer.ts';
import { requireViewer } from '../http/guards.ts';
import { ErrorBody, IdParams } from '../http/schemas.ts';
import { readLimit, writeLimit } from '../http/rate-limits.ts';
import { errors } from '../shared/errors.ts';
import * as service from './service.ts';
import { ContactSetting, Follow, SavedSearchInput } from './schemas.ts';
import { followPages } from './pages.tsx';

const tags = ['follows'];
const security = [{ session: [] }];
const failures = { 400: ErrorBody, 401: ErrorBody, 404: ErrorBody };

const FollowList = Type.Object({ items: Type.Array(Follow) });
const SavedSearch = Type.Object({ id: Type.String(), kind: Type.String(), query: Type.String() });
const SavedSearchList = Type.Object({ items: Type.Array(SavedSearch) });

function signedIn(viewer: Viewer | null): Viewer {
  if (!viewer) throw errors.unauthenticated();
  return viewer;
}

async function followList(services: Services, viewer: Viewer) {
  return { items: await service.followsOf(services, viewer.id) };
}

export function followRoutes(app: App, services: Services): void {
  app.get(
    '/api/v1/follows',
    {
      config: { rateLimit: readLimit },
      onRequest: requireViewer,
      schema: { tags, security, summary: 'What the caller follows', response: { 200: FollowList, ...failures } },
    },
    async (request) => followList(services, signedIn(request.viewer)),
  );

  app.post(
    '/api/v1/follows',
    {
      config: { rateLimit: writeLimit },
      onRequest: requireViewer,
      schema: {
        tags,
        security,
        summary: 'Follow a challenge, solution, sector, spearhead or organisation',
        body: Follow,
        response: { 200: FollowList, ...failures },
      },
    },
    async (request) => {
      await service.follow(services, request.viewer, request.body);
      return followList(services, signedIn(request.viewer));
    },
  );

  app.delete(
    '/api/v1/follows',
    {
      config: { rateLimit: writeLimit },
      onRequest: requireViewer,
      schema: { tags, security, summary: 'Stop following', body: Follow, response: { 200: FollowList, ...failures } },
    },
    async (request) => {
      await service.unfollow(services, request.viewer, request.body);
      return followList(services, signedIn(request.viewer));
    },
  );

  app.get(
    '/api/v1/saved-searches',
    {
      config: { rateLimit: readLimit },
      onRequest: requireViewer,
      schema: {
        tags,
        security,
        summary: 'The caller’s saved searches',
        response: { 200: SavedSearchList, ...failures },
      },
    },
    async (request) => ({ items: await service.savedSearchesOf(services, signedIn(request.viewer).id) }),
  );

  app.post(
    '/api/v1/saved-searches',
    {
      config: { rateLimit: writeLimit },
      onRequest: requireViewer,
      schema: {
        tags,
        security,
        summary: 'Save a catalogue search; new published items that fit it are announced',
        body: SavedSearchInput,
        response: { 201: SavedSearch, ...failures },
      },
    },
    async (request, reply) => {
      const id = await service.saveSearch(services, request.viewer, request.body.kind, request.body.query);
      return reply.status(201).send({ id, ...request.body });
    },
  );

  app.delete(
    '/api/v1/saved-searches/:id',
    {
      config: { rateLimit: writeLimit },
      onRequest: requireViewer,
      schema: {
        tags,
        security,
        summary: 'Delete one of your saved searches',
        params: IdParams,
        response: { 204: Type.Null(), ...failures },
      },
    },
    async (request, reply) => {
      await service.deleteSearch(services, request.viewer, request.params.id);
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/api/v1/me/contact-settings',
    {
      config: { rateLimit: readLimit },
      onRequest: requireViewer,
      schema: {
        tags,
        security,
        summary:
          'Whether the caller accepts applications and introduction requests only from organisations they follow',
        response: { 200: ContactSetting, ...failures },
      },
    },
    async (request) => ({ followedOnly: await service.contactSettingOf(services, signedIn(request.viewer).id) }),
  );

  app.put(
    '/api/v1/me/contact-settings',
    {
      config: { rateLimit: writeLimit },
      onRequest: requireViewer,
      schema: {
        tags,
        security,
        summary: 'Accept applications and introduction requests only from organisations you follow, or from anyone',
        body: ContactSetting,
        response: { 200: ContactSetting, ...failures },
      },
    },
    async (request) => {
      await service.setContactSetting(services, request.viewer, request.body.followedOnly);
      return request.body;
    },
  );

  followPages(app, services);
}
