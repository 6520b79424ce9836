// Page pieces for match records: the match page with its timeline, decision and outcome forms, and
// the sections on challenge and solution pages.
import type { Translator } from '../i18n/translator.ts';
import type { MessageKey } from '../i18n/messages.ts';
import type { PageContext } from '../web/context.ts';
import { Layout } from '../web/layout.tsx';
import { CsrfField } from '../web/forms.tsx';
import { Website } from '../web/website.tsx';
import type { MatchRecord } from './schemas.ts';
import type { MatchRoles } from './parties.ts';
import { OUTCOMES } from './lifecycle.ts';

export const statusLabel = (t: Translator, status: string) => t.t(`matches.status.${status}` as MessageKey);

type Contacts = NonNullable<MatchRecord['contacts']>['challenge'];

function ContactCard({ contacts }: { contacts: Contacts }) {
  return (
    <div class="contacts">
      <h3>{contacts.organisation}</h3>
      {contacts.website && <p><Website address={contacts.website} /></p>}
      {contacts.address && <p>{contacts.address}</p>}
      <ul>{contacts.people.map((p) => <li>{p.name} &lt;<a href={`mailto:${p.email}`}>{p.email}</a>&gt;</li>)}</ul>
    </div>
  );
}

function DecisionForms({ match, context }: { match: MatchRecord; context: PageContext }) {
  const { t } = context;
  return (
    <section aria-labelledby="decision-heading">
      <h2 id="decision-heading">{t.t('item.actions')}</h2>
      <form method="post" action={`/matches/${match.id}/decision`} class="action-form">
        <CsrfField token={context.csrfToken} />
        <input type="hidden" name="decision" value="accept" />
        <button type="submit">{t.t('matches.accept')}</button>
      </form>
      <form method="post" action={`/matches/${match.id}/decision`} class="action-form">
        <CsrfField token={context.csrfToken} />
        <input type="hidden" name="decision" value="decline" />
        <div class="field">
          <label for="reason">{t.t('matches.reason')}<span class="required"> *</span></label>
          <textarea id="reason" name="reason" rows={3} required minLength={3}></textarea>
        </div>
        <button type="submit" class="danger">{t.t('matches.decline')}</button>
      </form>
    </section>
  );
}

function OutcomeForm({ match, context }: { match: MatchRecord; context: PageContext }) {
  const { t } = context;
  return (
    <form method="post" action={`/matches/${match.id}/outcome`} class="action-form">
      <h2>{t.t('matches.record_outcome')}</h2>
      <CsrfField token={context.csrfToken} />
      <div class="field">
        <label for="outcome">{t.t('matches.outcome')}</label>
        <select id="outcome" name="outcome">{OUTCOMES.map((o) => <option value={o}>{statusLabel(t, o)}</option>)}</select>
      </div>
      <div class="field">
        <label for="note">{t.t('matches.note')}</label>
        <textarea id="note" name="note" rows={3}></textarea>
      </div>
      <button type="submit">{t.t('matches.record_outcome')}</button>
    </form>
  );
}

/** A side of the match: linked and with its organisation when the reader may read it, its neutral description otherwise. */
function SideName({ side, path }: { side: MatchRecord['challenge']; path: string }) {
  if (!side.readable) return <>{side.title}</>;
  return <><a href={`/${path}/${side.id}`}>{side.title}</a> ({side.organisation})</>;
}

export function MatchPage({ context, match, roles }: { context: PageContext; match: MatchRecord; roles: MatchRoles }) {
  const { t } = context;
  const title = t.t('matches.title', { challenge: match.challenge.title, solution: match.solution.title });
  const undecided = ['suggested', 'proposed'].includes(match.status);
  return (
    <Layout context={context} title={title}>
      <h1>{title}</h1>
      <p>{t.t('matches.status', { status: statusLabel(t, match.status) })}</p>
      {match.declineReason && <p>{t.t('matches.declined_because', { reason: match.declineReason })}</p>}
      <p><SideName side={match.challenge} path="challenges" /> – <SideName side={match.solution} path="solutions" /></p>
      <section aria-labelledby="contacts-heading">
        <h2 id="contacts-heading">{t.t('introduction.contacts_heading')}</h2>
        {match.contacts ? <><ContactCard contacts={match.contacts.challenge} /><ContactCard contacts={match.contacts.solution} /></> : <p>{t.t('introduction.contacts_hidden')}</p>}
      </section>
      {undecided && (roles.challengeSide || roles.solutionSide) && <DecisionForms match={match} context={context} />}
      {roles.curator && <OutcomeForm match={match} context={context} />}
      <section aria-labelledby="timeline-heading">
        <h2 id="timeline-heading">{t.t('matches.timeline')}</h2>
        <ol class="timeline">{match.timeline.map((e) => <li>{t.date(e.at)} · {e.actor ?? t.t(`matches.by.${e.by}`)} · {e.action}{e.note && <> · {e.note}</>}</li>)}</ol>
      </section>
    </Layout>
  );
}

export interface RecordLine {
  id: string;
  title: string;
  href: string;
  status: string;
  note: string | null;
}

export function RecordSections({ outcomes, records, t }: { outcomes: RecordLine[]; records: RecordLine[]; t: Translator }) {
  return (
    <>
      {outcomes.length > 0 && (
        <section class="match-outcomes" aria-labelledby="outcomes-heading">
          <h2 id="outcomes-heading">{t.t('matches.outcomes_heading')}</h2>
          <ul>{outcomes.map((o) => <li><a href={o.href}>{o.title}</a>: {statusLabel(t, o.status)}{o.note && <> – {o.note}</>}</li>)}</ul>
        </section>
      )}
      {records.length > 0 && (
        <section class="match-records" aria-labelledby="records-heading">
          <h2 id="records-heading">{t.t('matches.records_heading')}</h2>
          <ul>{records.map((r) => <li><a href={`/matches/${r.id}`}>{r.title}</a>: {statusLabel(t, r.status)}</li>)}</ul>
        </section>
      )}
    </>
  );
}
