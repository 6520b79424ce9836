// Notifying people: an in-app notification for each, and an e-mail at once for those who want it
// immediately; digests collect the rest (digest.ts).
import type { Services } from '../app-types.ts';
import * as repository from './repository.ts';
import { notificationMail, type Recipient } from './mails.tsx';
import { unsubscribeUrl } from './unsubscribe.ts';

export interface Notice {
  kind: string;
  params: Record<string, string>;
  link: string;
}

export async function recipient(services: Services, person: { id: string; email: string; display_name: string; locale: 'nl' | 'fr' | 'en' }): Promise<Recipient> {
  return { email: person.email, name: person.display_name, locale: person.locale, unsubscribeUrl: unsubscribeUrl(services.config.baseUrl, services.config.cookieSecret, person.id) };
}

export async function notify(services: Services, personIds: string[], notice: Notice): Promise<void> {
  const unique = [...new Set(personIds)];
  const rows = await repository.insertNotifications(services.db, unique.map((personId) => ({ personId, ...notice })));
  const people = new Map((await repository.recipientsOf(services.db, unique)).map((p) => [p.id, p]));
  for (const row of rows) {
    const person = people.get(row.person_id);
    if (!person || (await repository.emailModeOf(services.db, person.id)) !== 'immediate') continue;
    await services.mailer.send(notificationMail(await recipient(services, person), row, services.config.baseUrl));
    await repository.markEmailed(services.db, [row.id], services.now());
  }
}
