// What the deliveries page shows and its replays: a replayed failed delivery or unsent e-mail is due
// again now, and the event flow is nudged so it goes out at once rather than on the flow's next pass.
import type { Services } from '../app-types.ts';
import type { EventFailureRow, OutgoingMailRow, ScheduledJobRow } from '../db/event-tables.ts';
import { consumerStates, listFailures, replayFailure, type ConsumerState } from '../events/repository.ts';

export type { ConsumerState };
import { listJobs } from '../events/job-repository.ts';
import { replayMail, unsentMails } from '../notifications/outgoing-repository.ts';

export interface DeliveriesOverview {
  consumers: ConsumerState[];
  failures: EventFailureRow[];
  mails: OutgoingMailRow[];
  jobs: ScheduledJobRow[];
}

/** Where each consumer stands, the failed deliveries, the unsent e-mails and the scheduled jobs. */
export async function deliveriesOverview(services: Services): Promise<DeliveriesOverview> {
  const [consumers, failures, mails, jobs] = await Promise.all([
    consumerStates(services.db),
    listFailures(services.db),
    unsentMails(services.db),
    listJobs(services.db),
  ]);
  return { consumers, failures, mails, jobs };
}

/** Makes a failed delivery due now; false when there is no such failure (any more). */
export async function replayDelivery(services: Services, consumer: string, position: number): Promise<boolean> {
  const replayed = await replayFailure(services.db, consumer, position);
  if (replayed) services.events.kick();
  return replayed;
}

/** Makes an unsent e-mail due now; false when there is no such e-mail (any more). */
export async function replayUnsentMail(services: Services, id: string): Promise<boolean> {
  const replayed = await replayMail(services.db, id);
  if (replayed) services.events.kick();
  return replayed;
}
