// The daily and weekly digests: each person on that rhythm gets one e-mail with what they have not
// been e-mailed yet. Safe to run often: a person gets at most one digest per period.
import type { Services } from '../app-types.ts';
import * as repository from './repository.ts';
import { digestMail } from './mails.tsx';
import { recipient } from './service.ts';

export async function sendDigests(services: Services, mode: 'daily' | 'weekly'): Promise<number> {
  const now = services.now();
  const due = await repository.dueDigests(services.db, mode, now);
  const people = new Map((await repository.recipientsOf(services.db, due.map((d) => d.personId))).map((p) => [p.id, p]));
  for (const { personId, rows } of due) {
    const person = people.get(personId);
    if (!person) continue;
    await services.mailer.send(digestMail(await recipient(services, person), rows, services.config.baseUrl));
    await repository.markEmailed(services.db, rows.map((r) => r.id), now);
    await repository.markDigestSent(services.db, personId, now);
  }
  return due.length;
}
