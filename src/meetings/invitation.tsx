// The iCalendar invitation of a confirmed meeting (RFC 5545, written by the `ics` library) and the
// e-mail that carries it. The UID is the meeting's id at the platform's host, so every copy (e-mail,
// download) is one event to a calendar; SEQUENCE grows with each change. Times are written in UTC.
import { createEvent } from 'ics';
import { renderToString } from 'preact-render-to-string';
import type { OutgoingMail } from '../shared/mail.ts';
import type { Translator } from '../i18n/translator.ts';
import type { MeetingWithSlots, SlotRow } from './repository.ts';

export interface CalendarPerson {
  name: string;
  email: string;
}

export interface Invitation {
  meeting: MeetingWithSlots;
  slot: SlotRow;
  /** The two organisations, challenge side first. */
  organisations: [string, string];
  organizer: CalendarPerson;
  attendees: CalendarPerson[];
  pageUrl: string;
  host: string;
  /** REQUEST when a slot is picked; CANCEL takes a confirmed meeting out of the calendars again. */
  method: 'REQUEST' | 'CANCEL';
}

/** An e-mail the mailer hands to nodemailer as it is: attachments pass through the outbox with the rest. */
export interface MailWithCalendar extends OutgoingMail {
  attachments: { filename: string; content: string; contentType: string }[];
}

export const endOf = (slot: SlotRow) => new Date(slot.starts_at.getTime() + slot.duration_minutes * 60_000);

export function calendarOf(t: Translator, invitation: Invitation): string {
  const { meeting, slot } = invitation;
  const [challengeSide, solutionSide] = invitation.organisations;
  const { error, value } = createEvent({
    productId: 'helemaal-digitaal/meetings',
    method: invitation.method,
    uid: `meeting-${meeting.id}@${invitation.host}`,
    sequence: meeting.sequence,
    start: slot.starts_at.getTime(),
    startInputType: 'utc',
    startOutputType: 'utc',
    end: endOf(slot).getTime(),
    endInputType: 'utc',
    endOutputType: 'utc',
    title: t.t('meeting.ics_summary', { challenge: challengeSide, solution: solutionSide }),
    description: t.t('meeting.ics_description', { link: invitation.pageUrl }),
    ...(meeting.address ? { location: meeting.address } : {}),
    url: meeting.online_url ?? invitation.pageUrl,
    status: invitation.method === 'CANCEL' ? 'CANCELLED' : 'CONFIRMED',
    organizer: invitation.organizer,
    attendees: invitation.attendees.map((person) => ({ ...person, rsvp: true, role: 'REQ-PARTICIPANT' as const })),
  });
  if (error || !value) throw error ?? new Error('no calendar written');
  return value;
}

export function when(t: Translator, slot: SlotRow): string {
  const format = new Intl.DateTimeFormat(t.intlLocale, {
    dateStyle: 'full',
    timeStyle: 'short',
    timeZone: 'Europe/Brussels',
  });
  return `${format.format(slot.starts_at)} – ${new Intl.DateTimeFormat(t.intlLocale, { timeStyle: 'short', timeZone: 'Europe/Brussels' }).format(endOf(slot))}`;
}

const MAIL_TEXTS = {
  REQUEST: { subject: 'meeting.mail_subject', intro: 'meeting.mail_intro', file: 'invitation.ics' },
  CANCEL: { subject: 'meeting.mail_cancel_subject', intro: 'meeting.mail_cancel_intro', file: 'cancellation.ics' },
} as const;

/** The invitation (or its cancellation) e-mail in the recipient's language, with the .ics attached. */
export function invitationMail(
  t: Translator,
  to: CalendarPerson,
  invitation: Invitation,
  calendar: string,
): MailWithCalendar {
  const [challengeSide, solutionSide] = invitation.organisations;
  const where = invitation.meeting.online_url ?? invitation.meeting.address ?? '';
  const texts = MAIL_TEXTS[invitation.method];
  const lines = [
    t.t(texts.intro, { challenge: challengeSide, solution: solutionSide }),
    t.t('meeting.mail_when', { when: when(t, invitation.slot) }),
    t.t('meeting.mail_where', { where }),
  ];
  const html = renderToString(
    <div lang={t.locale}>
      <p>{t.t('mail.greeting', { name: to.name })}</p>
      {lines.map((line) => (
        <p key={line}>{line}</p>
      ))}
      <p>
        <a href={invitation.pageUrl}>{invitation.pageUrl}</a>
      </p>
      <p>{t.t('mail.signature')}</p>
    </div>,
  );
  return {
    to: to.email,
    subject: t.t(texts.subject, { when: when(t, invitation.slot) }),
    text: [
      t.t('mail.greeting', { name: to.name }),
      '',
      ...lines,
      '',
      invitation.pageUrl,
      '',
      t.t('mail.signature'),
    ].join('\n'),
    html: `<!doctype html><html lang="${t.locale}"><body>${html}</body></html>`,
    attachments: [
      {
        filename: texts.file,
        content: calendar,
        contentType: `text/calendar; method=${invitation.method}; charset=UTF-8`,
      },
    ],
  };
}
