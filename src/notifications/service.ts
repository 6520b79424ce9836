// Notifying people: an in-app notification for each, and an e-mail at once for those who want it
// immediately; digests collect the rest (digest.ts). Every e-mail names items as its recipient may
// see them at the moment it is sent.
import type { Services } from '../app-types.ts';
import type { Viewer } from '../shared/viewer.ts';
import type { EmailMode, NotificationRow } from '../db/schema.ts';
import { canReadItem, type GuardedItem } from '../items/permissions.ts';
import { createTranslator, type Translator } from '../i18n/translator.ts';
import type { OutgoingMail } from '../shared/mail.ts';
import * as repository from './repository.ts';
import { digestMail, notificationMail, type Recipient } from './mails.tsx';
import { titlesFor, type Titles } from './titles.ts';
import { unsubscribeUrl } from './unsubscribe.ts';
import { queueMail } from './outgoing-repository.ts';

export interface Notice {
  kind: string;
  params: Record<string, string>;
  link: string;
}

export function recipient(services: Services, reader: Viewer): Recipient {
  return {
    email: reader.email,
    name: reader.displayName,
    locale: reader.locale,
    unsubscribeUrl: unsubscribeUrl(services.config.baseUrl, services.config.cookieSecret, reader.id),
  };
}

/** One notice, or a digest of several, e-mailed to a reader. */
export async function noticeMail(
  services: Services,
  reader: Viewer,
  rows: NotificationRow[],
  form: 'single' | 'digest',
): Promise<OutgoingMail> {
  const titles = await titlesFor(services.db, reader, createTranslator(reader.locale), rows);
  const to = recipient(services, reader);
  const [first] = rows;
  return form === 'single' && first
    ? notificationMail(to, first, services.config.baseUrl, titles)
    : digestMail(to, rows, services.config.baseUrl, titles);
}

/** Those of these people who may read the item: nobody hears of an item they may not read. */
export async function readersAmong(services: Services, personIds: string[], item: GuardedItem): Promise<string[]> {
  const readers = await repository.readersOf(services.db, [...new Set(personIds)]);
  return readers.filter((reader) => canReadItem(reader, item)).map((reader) => reader.id);
}

export async function notify(services: Services, personIds: string[], notice: Notice): Promise<void> {
  const unique = [...new Set(personIds)];
  const rows = await repository.insertNotifications(
    services.db,
    unique.map((personId) => ({ personId, ...notice })),
  );
  const readers = new Map((await repository.readersOf(services.db, unique)).map((reader) => [reader.id, reader]));
  for (const row of rows) {
    const reader = readers.get(row.person_id);
    if (!reader || (await repository.emailModeOf(services.db, reader.id)) !== 'immediate') continue;
    // Queued with the notice (in its transaction when a consumer notifies), sent by the e-mail queue.
    await queueMail(
      services.db,
      `notification:${row.id}`,
      reader.id,
      await noticeMail(services, reader, [row], 'single'),
    );
    await repository.markEmailed(services.db, [row.id], services.now());
  }
  services.events.kick();
}

export interface Inbox {
  rows: NotificationRow[];
  unread: number;
  /** The items the notifications name, titled as the reader may see them. */
  titles: Titles;
}

/** The reader's notifications, newest first, with how many are unread. */
export async function inboxOf(services: Services, reader: Viewer, t: Translator): Promise<Inbox> {
  const rows = await repository.notificationsOf(services.db, reader.id);
  const { n } = await repository.unreadCount(services.db, reader.id);
  return { rows, unread: n, titles: await titlesFor(services.db, reader, t, rows) };
}

/** Marks one of the person's notifications read, or all of them when no id is given. */
export async function markRead(services: Services, personId: string, id: string | null): Promise<void> {
  await repository.markRead(services.db, personId, id, services.now());
}

export async function emailModeOf(services: Services, personId: string): Promise<EmailMode> {
  return repository.emailModeOf(services.db, personId);
}

export async function setEmailMode(services: Services, personId: string, mode: EmailMode): Promise<void> {
  await repository.setEmailMode(services.db, personId, mode);
}
