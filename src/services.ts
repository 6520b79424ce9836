// The running platform's services, assembled in one place for the server, the CLI, tests and
// benchmarks: the database, the event flow with every consumer of the domain events, the matching index.
import type { Services } from './app-types.ts';
import type { Config } from './config.ts';
import type { Database } from './db/database.ts';
import type { Mailer } from './shared/mail.ts';
import { EventFlow, type FlowOptions } from './events/flow.ts';
import { MatchingService } from './matching/service.ts';
import { challengeMatched } from './challenges/matched.ts';
import { introductions } from './introductions/service.ts';
import { matchStepNotices } from './matches/notices.ts';
import { followedItemNotices } from './follows/notices.ts';
import { strongMatchAnnouncements } from './matching/notices.ts';
import { ldesMembers } from './ldes/service.ts';
import { deliverDueMails } from './notifications/outgoing.ts';

export interface ServiceOptions {
  now?: () => Date;
  flow?: FlowOptions;
}

export function assembleServices(db: Database, config: Config, mailer: Mailer, options: ServiceOptions = {}): Services {
  const events = new EventFlow(db, options.flow);
  const services: Services = {
    db,
    config,
    mailer,
    events,
    now: options.now ?? (() => new Date()),
    state: { draining: false },
    matching: new MatchingService(db, events),
  };
  events.bind(services);
  // In this order: the challenge is matched before anyone is told, and e-mails are sent last.
  events.addShared(challengeMatched);
  events.addShared(introductions);
  events.addShared(matchStepNotices);
  events.addShared(followedItemNotices);
  events.addShared(strongMatchAnnouncements);
  events.addShared(ldesMembers);
  events.addTask(deliverDueMails);
  return services;
}
