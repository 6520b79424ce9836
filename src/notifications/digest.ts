// The daily and weekly digests: each person on that rhythm gets one e-mail with what they have not
// been e-mailed yet, naming items as they may see them now. Safe to run often: a person gets at most
// one digest per period.
import type { Services } from '../app-types.ts';
import * as repository from './repository.ts';
import { noticeMail } from './service.ts';

export async function sendDigests(services: Services, mode: 'daily' | 'weekly'): Promise<number> {
  const now = services.now();
  const due = await repository.dueDigests(services.db, mode, now);
  const readers = new Map(
    (
      await repository.readersOf(
        services.db,
        due.map((d) => d.personId),
      )
    ).map((p) => [p.id, p]),
  );
  for (const { personId, rows } of due) {
    const reader = readers.get(personId);
    if (!reader) continue;
    await services.mailer.send(await noticeMail(services, reader, rows, 'digest'));
    await repository.markEmailed(
      services.db,
      rows.map((r) => r.id),
      now,
    );
    await repository.markDigestSent(services.db, personId, now);
  }
  return due.length;
}

/** The digests due now, daily and weekly; safe to run often, as each person gets at most one per period. */
export async function runNotificationJobs(services: Services): Promise<{ daily: number; weekly: number }> {
  return { daily: await sendDigests(services, 'daily'), weekly: await sendDigests(services, 'weekly') };
}
