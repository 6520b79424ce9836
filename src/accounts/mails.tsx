// The e-mails of the account area, in the person's own interface language, as text and HTML.
// The HTML is rendered by preact, so names and links are escaped.
import { renderToString } from 'preact-render-to-string';
import type { OutgoingMail } from '../shared/mail.ts';
import { createTranslator } from '../i18n/translator.ts';
import type { Locale } from '../i18n/define.ts';
import type { MessageKey } from '../i18n/messages.ts';

interface LinkMail {
  subject: MessageKey;
  intro: MessageKey;
  action: MessageKey;
  outro: MessageKey;
}

const VERIFY: LinkMail = {
  subject: 'mail.verify.subject',
  intro: 'mail.verify.intro',
  action: 'mail.verify.action',
  outro: 'mail.verify.outro',
};
const RESET: LinkMail = {
  subject: 'mail.reset.subject',
  intro: 'mail.reset.intro',
  action: 'mail.reset.action',
  outro: 'mail.reset.outro',
};
const LOCKOUT: LinkMail = {
  subject: 'mail.lockout.subject',
  intro: 'mail.lockout.intro',
  action: 'mail.lockout.action',
  outro: 'mail.lockout.outro',
};

interface Recipient {
  email: string;
  name: string;
  locale: Locale;
}

function linkMail(
  kind: LinkMail,
  to: Recipient,
  link: string,
  params: Record<string, string | number> = {},
): OutgoingMail {
  const t = createTranslator(to.locale);
  const greeting = t.t('mail.greeting', { name: to.name });
  const intro = t.t(kind.intro, params);
  const lines = [greeting, '', intro, '', link, '', t.t(kind.outro), '', t.t('mail.signature')];
  const html = renderToString(
    <div lang={to.locale}>
      <p>{greeting}</p>
      <p>{intro}</p>
      <p>
        <a href={link}>{t.t(kind.action)}</a>
      </p>
      <p>{t.t(kind.outro)}</p>
      <p>{t.t('mail.signature')}</p>
    </div>,
  );
  return {
    to: to.email,
    subject: t.t(kind.subject),
    text: lines.join('\n'),
    html: `<!doctype html><html lang="${to.locale}"><body>${html}</body></html>`,
  };
}

export function verificationMail(to: Recipient, baseUrl: string, token: string): OutgoingMail {
  return linkMail(VERIFY, to, `${baseUrl}/verify-email?token=${encodeURIComponent(token)}`);
}

export function passwordResetMail(to: Recipient, baseUrl: string, token: string): OutgoingMail {
  return linkMail(RESET, to, `${baseUrl}/password/reset?token=${encodeURIComponent(token)}`);
}

/** Tells the person their account is locked, until when, and how to get back in if it was not them. */
export function lockoutMail(to: Recipient, baseUrl: string, lockedUntil: Date): OutgoingMail {
  const { intlLocale } = createTranslator(to.locale);
  const until = new Intl.DateTimeFormat(intlLocale, {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone: 'Europe/Brussels',
  }).format(lockedUntil);
  return linkMail(LOCKOUT, to, `${baseUrl}/password/forgot`, { until });
}
