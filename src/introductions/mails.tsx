// The introduction e-mail: the other side's contact details, in the recipient's own language, as
// text and HTML (rendered by preact, so every name and address is escaped).
import { renderToString } from 'preact-render-to-string';
import type { OutgoingMail } from '../shared/mail.ts';
import { createTranslator } from '../i18n/translator.ts';
import type { ContactPerson, SideContacts } from '../matches/contacts-repository.ts';

export interface IntroductionMail {
  to: ContactPerson;
  ownItem: string;
  otherItem: string;
  other: SideContacts;
  link: string;
}

function detailLines(other: SideContacts): string[] {
  return [
    other.organisation,
    ...(other.website ? [other.website] : []),
    ...(other.address ? [other.address] : []),
    ...other.people.map((p) => `${p.name} <${p.email}>`),
  ];
}

export function introductionMail({ to, ownItem, otherItem, other, link }: IntroductionMail): OutgoingMail {
  const t = createTranslator(to.locale);
  const greeting = t.t('mail.greeting', { name: to.name });
  const intro = t.t('introduction.mail_intro', { own: ownItem, other: otherItem });
  const lines = [
    greeting,
    '',
    intro,
    '',
    ...detailLines(other),
    '',
    t.t('introduction.mail_outro'),
    link,
    '',
    t.t('mail.signature'),
  ];
  const html = renderToString(
    <div lang={to.locale}>
      <p>{greeting}</p>
      <p>{intro}</p>
      <ul>
        {detailLines(other).map((line) => (
          <li>{line}</li>
        ))}
      </ul>
      <p>
        {t.t('introduction.mail_outro')} <a href={link}>{link}</a>
      </p>
      <p>{t.t('mail.signature')}</p>
    </div>,
  );
  return {
    to: to.email,
    subject: t.t('introduction.mail_subject', { other: other.organisation }),
    text: lines.join('\n'),
    html: `<!doctype html><html lang="${to.locale}"><body>${html}</body></html>`,
  };
}
