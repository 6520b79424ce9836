// Page pieces for match records: status words, a side's contact card, and the sections on challenge
// and solution pages (the match page itself is match-page.tsx).
import type { Translator } from '../i18n/translator.ts';
import type { MessageKey } from '../i18n/messages.ts';
import { Website } from '../web/website.tsx';
import type { MatchRecord } from './schemas.ts';

export const statusLabel = (t: Translator, status: string) => t.t(`matches.status.${status}` as MessageKey);

type Contacts = NonNullable<MatchRecord['contacts']>['challenge'];

export function ContactCard({ contacts }: { contacts: Contacts }) {
  return (
    <div class="contacts">
      <h3>{contacts.organisation}</h3>
      {contacts.website && (
        <p>
          <Website address={contacts.website} />
        </p>
      )}
      {contacts.address && <p>{contacts.address}</p>}
      <ul>
        {contacts.people.map((p) => (
          <li>
            {p.name} &lt;<a href={`mailto:${p.email}`}>{p.email}</a>&gt;
          </li>
        ))}
      </ul>
    </div>
  );
}

export interface RecordLine {
  id: string;
  title: string;
  href: string;
  status: string;
  note: string | null;
}

export function RecordSections({
  outcomes,
  records,
  t,
}: {
  outcomes: RecordLine[];
  records: RecordLine[];
  t: Translator;
}) {
  return (
    <>
      {outcomes.length > 0 && (
        <section class="match-outcomes" aria-labelledby="outcomes-heading">
          <h2 id="outcomes-heading">{t.t('matches.outcomes_heading')}</h2>
          <ul>
            {outcomes.map((o) => (
              <li>
                <a href={o.href}>{o.title}</a>: {statusLabel(t, o.status)}
                {o.note && <> – {o.note}</>}
              </li>
            ))}
          </ul>
        </section>
      )}
      {records.length > 0 && (
        <section class="match-records" aria-labelledby="records-heading">
          <h2 id="records-heading">{t.t('matches.records_heading')}</h2>
          <ul>
            {records.map((r) => (
              <li>
                <a href={`/matches/${r.id}`}>{r.title}</a>: {statusLabel(t, r.status)}
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
