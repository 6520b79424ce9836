// Notification e-mails, one at a time or as a digest grouped by kind (newest first), in the
// recipient's language, each with a one-click unsubscribe link and List-Unsubscribe header. The
// items they name are titled as the recipient may see them when the e-mail is sent.
import { renderToString } from 'preact-render-to-string';
import type { OutgoingMail } from '../shared/mail.ts';
import type { NotificationRow } from '../db/schema.ts';
import { createTranslator, type Translator } from '../i18n/translator.ts';
import type { Locale } from '../i18n/define.ts';
import { kindHeading, notificationText } from './texts.ts';
import { matchContext } from './match-context.ts';
import type { Titles } from './titles.ts';

export interface Recipient {
  email: string;
  name: string;
  locale: Locale;
  unsubscribeUrl: string;
}

type Entry = Pick<NotificationRow, 'kind' | 'params' | 'link' | 'created_at'>;

/** Entries grouped by kind, newest first within each group, groups by their newest entry. */
export function groupByKind(entries: Entry[]): [string, Entry[]][] {
  const sorted = [...entries].sort((a, b) => b.created_at.getTime() - a.created_at.getTime());
  const groups = new Map<string, Entry[]>();
  for (const entry of sorted) groups.set(entry.kind, [...(groups.get(entry.kind) ?? []), entry]);
  return [...groups.entries()];
}

function envelope(
  to: Recipient,
  t: Translator,
  subject: string,
  textBody: string[],
  htmlBody: preact.JSX.Element,
): OutgoingMail {
  const greeting = t.t('mail.greeting', { name: to.name });
  const footer = `${t.t('notification.unsubscribe')} ${to.unsubscribeUrl}`;
  const html = renderToString(
    <div lang={to.locale}>
      <p>{greeting}</p>
      {htmlBody}
      <p>{t.t('mail.signature')}</p>
      <p>
        <small>
          {t.t('notification.unsubscribe')} <a href={to.unsubscribeUrl}>{to.unsubscribeUrl}</a>
        </small>
      </p>
    </div>,
  );
  return {
    to: to.email,
    subject,
    text: [greeting, '', ...textBody, '', t.t('mail.signature'), '', footer].join('\n'),
    html: `<!doctype html><html lang="${to.locale}"><body>${html}</body></html>`,
    headers: { 'List-Unsubscribe': `<${to.unsubscribeUrl}>` },
  };
}

export function notificationMail(to: Recipient, entry: Entry, baseUrl: string, titles: Titles): OutgoingMail {
  const t = createTranslator(to.locale);
  const text = notificationText(t, entry, titles);
  const link = `${baseUrl}${entry.link}`;
  const subject = t.t('notification.mail_subject', { text });
  const context = matchContext(t, entry);
  if (!context)
    return envelope(
      to,
      t,
      subject,
      [text, link],
      <p>
        <a href={link}>{text}</a>
      </p>,
    );
  // A match e-mail says what answering means and by when, with the link to answer.
  const body = [text, ...context.lines];
  return envelope(
    to,
    t,
    subject,
    [...body.flatMap((line) => [line, '']), `${context.linkLabel} ${link}`],
    <>
      {body.map((line) => (
        <p>{line}</p>
      ))}
      <p>
        {context.linkLabel} <a href={link}>{link}</a>
      </p>
    </>,
  );
}

export function digestMail(to: Recipient, entries: Entry[], baseUrl: string, titles: Titles): OutgoingMail {
  const t = createTranslator(to.locale);
  const groups = groupByKind(entries);
  const text = groups.flatMap(([kind, list]) => [
    kindHeading(t, kind),
    ...list.map((e) => `- ${notificationText(t, e, titles)} ${baseUrl}${e.link}`),
    '',
  ]);
  const html = (
    <>
      {groups.map(([kind, list]) => (
        <section>
          <h2>{kindHeading(t, kind)}</h2>
          <ul>
            {list.map((e) => (
              <li>
                <a href={`${baseUrl}${e.link}`}>{notificationText(t, e, titles)}</a>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </>
  );
  return envelope(to, t, t.t('notification.digest_subject', { count: entries.length }), text, html);
}
