// The API and pages of both kinds of item, registered by the app.
import type { App, Services } from '../app-types.ts';
import { itemApiRoutes } from './api-routes.ts';
import { itemPages } from './routes.tsx';
import { challengePages } from './challenge.tsx';
import { solutionPages } from './solution.tsx';

export function itemRoutes(app: App, services: Services): void {
  itemApiRoutes(app, services, challengePages);
  itemApiRoutes(app, services, solutionPages);
  itemPages(app, services, challengePages);
  itemPages(app, services, solutionPages);
}
