// Sending the queued e-mails: each due message is sent once it is claimed; a mail server that is down
// only delays it (retried with the flow's back-off), and after the last attempt it waits for an
// administrator as a dead letter.
import type { Services } from '../app-types.ts';
import type { OutgoingMail } from '../shared/mail.ts';
import * as repository from './outgoing-repository.ts';

const LEASE_SECONDS = 120;
const BATCH = 50;

export async function deliverDueMails(services: Services): Promise<number> {
  const due = await repository.claimDueMails(services.db, LEASE_SECONDS, BATCH);
  for (const row of due) {
    try {
      await services.mailer.send(row.mail as unknown as OutgoingMail);
      await repository.markSent(services.db, row.id);
    } catch (error) {
      const attempts = row.attempts + 1;
      const message = (error instanceof Error ? error.message : String(error)).slice(0, 2000);
      await repository.markFailed(services.db, row.id, {
        error: message,
        delaySeconds: services.events.delayAfter(attempts),
        dead: attempts >= services.events.maxAttempts,
      });
    }
  }
  return due.length;
}
