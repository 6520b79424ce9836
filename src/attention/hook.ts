// The counts in the header of every page a signed-in person sees: matches waiting for their answer
// and unread notifications, one small count query each. Kept apart from both areas, which it joins:
// notifications already depend on matches.
import type { App, Services } from '../app-types.ts';
import { waitingForYou } from '../matches/inbox.ts';
import { unreadCount } from '../notifications/repository.ts';

/** API answers and static files carry no header; a form's POST redirects to a page that counts anew. */
function showsHeader(method: string, url: string): boolean {
  return (method === 'GET' || method === 'HEAD') && !url.startsWith('/api/') && !url.startsWith('/static/');
}

export function registerAttention(app: App, services: Services): void {
  app.addHook('preHandler', async (request) => {
    const viewer = request.viewer;
    if (!viewer || !showsHeader(request.method, request.url)) return;
    const [matches, unread] = await Promise.all([waitingForYou(services, viewer), unreadCount(services.db, viewer.id)]);
    request.attention = { matches, notifications: unread.n };
  });
}
