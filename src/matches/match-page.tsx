// The match page: why the platform found the match, the ambassador's note, what is asked of the reader
// (accept once, or decline with a reason) with the deadline and what accepting shares with whom, the
// contacts once both accepted, the outcome form for an introduced match, and the timeline in words.
import type { PageContext } from '../web/context.ts';
import { Layout } from '../web/layout.tsx';
import { CsrfField } from '../web/forms.tsx';
import type { MatchRecord } from './schemas.ts';
import { ContactCard, statusLabel } from './components.tsx';

interface Props {
  context: PageContext;
  match: MatchRecord;
}

/** A side of the match: linked and with its organisation when the reader may read it, its neutral description otherwise. */
function SideName({ side, path }: { side: MatchRecord['challenge']; path: string }) {
  if (!side.readable) return <>{side.title}</>;
  return (
    <>
      <a href={`/${path}/${side.id}`}>{side.title}</a> ({side.organisation})
    </>
  );
}

function WhySection({ context: { t }, match }: Props) {
  return (
    <section aria-labelledby="why-heading">
      <h2 id="why-heading">{t.t('match.why')}</h2>
      {match.scoreInWords && match.scorePercent ? (
        <p>
          <span class="match-score">
            {t.t('matches.score_line', { words: match.scoreInWords, percent: match.scorePercent })}
          </span>
        </p>
      ) : (
        <p>{t.t(match.origin === 'engine' ? 'matches.no_score_engine' : 'matches.no_score')}</p>
      )}
      {match.reasons.length > 0 && (
        <ul class="match-reasons">
          {match.reasons.map((reason) => (
            <li>{reason}</li>
          ))}
        </ul>
      )}
      {match.ambassadorNote && (
        <figure class="notice">
          <figcaption>
            <strong>{t.t('matches.ambassador_note')}</strong>
          </figcaption>
          <blockquote>
            <p>{match.ambassadorNote.text}</p>
          </blockquote>
          {match.ambassadorNote.by && <p>{t.t('matches.ambassador_note_by', { name: match.ambassadorNote.by })}</p>}
        </figure>
      )}
    </section>
  );
}

function DeclineForm({ context, match }: Props) {
  const { t } = context;
  return (
    <form method="post" action={`/matches/${match.id}/decision`} class="action-form">
      <CsrfField token={context.csrfToken} />
      <input type="hidden" name="decision" value="decline" />
      <div class="field">
        <label for="reason">
          {t.t('matches.reason')}
          <span class="required"> *</span>
        </label>
        <p class="hint" id="reason-hint">
          {t.t('matches.decline_hint')}
        </p>
        <textarea id="reason" name="reason" rows={3} required minLength={3} aria-describedby="reason-hint"></textarea>
      </div>
      <button type="submit" class="danger">
        {t.t('matches.decline_confirm')}
      </button>
    </form>
  );
}

/** Where the match stands for this reader: their answer, whom it waits for, and until when. */
function StateLines({ context: { t }, match, expiryDays }: Props & { expiryDays: number }) {
  const you = match.yourPart;
  const waitingFor = (['challenge', 'solution'] as const).filter((side) => !match[side].accepted);
  const lines = [
    you.acceptedAt && t.t('matches.you_accepted', { date: t.date(you.acceptedAt) }),
    // A side still to answer is asked below; anyone else hears whom the match waits for.
    !you.acceptedAt && !you.mayAccept && waitingFor.length === 2 && t.t('matches.waiting_for_both'),
    !you.acceptedAt &&
      !you.mayAccept &&
      waitingFor.length === 1 &&
      t.t('matches.waiting_for', { side: t.t(`matches.role.${waitingFor[0]!}`) }),
    match.deadline &&
      t.t(you.mayAccept ? 'matches.deadline' : 'matches.deadline_others', { date: t.date(match.deadline) }),
    match.status === 'suggested' && t.t('matches.no_deadline', { days: expiryDays }),
  ];
  return (
    <>
      {lines.filter(Boolean).map((line) => (
        <p>{line}</p>
      ))}
    </>
  );
}

function NextSection(props: Props & { expiryDays: number }) {
  const { context, match, expiryDays } = props;
  const { t } = context;
  const you = match.yourPart;
  return (
    <section class="item-actions" aria-labelledby="next-heading">
      <h2 id="next-heading">{t.t(you.mayAccept ? 'matches.next_heading' : 'matches.state_heading')}</h2>
      <StateLines context={context} match={match} expiryDays={expiryDays} />
      {you.mayAccept && (
        <form method="post" action={`/matches/${match.id}/decision`} class="action-form">
          <CsrfField token={context.csrfToken} />
          <input type="hidden" name="decision" value="accept" />
          <p class="hint">{t.t('matches.accept_hint')}</p>
          <button type="submit">{t.t('matches.accept')}</button>
        </form>
      )}
      {you.mayDecline &&
        (you.mayAccept ? (
          <>
            <h3>{t.t('matches.decline_heading')}</h3>
            <DeclineForm context={context} match={match} />
          </>
        ) : (
          <details>
            <summary>{t.t('matches.withdraw')}</summary>
            <DeclineForm context={context} match={match} />
          </details>
        ))}
    </section>
  );
}

function SharingSection({ context: { t }, match }: Props) {
  const yours = match.sharing.yours;
  return (
    <section aria-labelledby="sharing-heading">
      <h2 id="sharing-heading">{t.t('matches.sharing_heading')}</h2>
      {yours ? (
        <>
          <p>{t.t('matches.sharing_yours', { other: match.sharing.withWhom })}</p>
          <ul>
            <li>
              {t.colon(t.t('matches.field.organisation'))} {yours.organisation}
            </li>
            {yours.website && (
              <li>
                {t.colon(t.t('matches.field.website'))} {yours.website}
              </li>
            )}
            {yours.address && (
              <li>
                {t.colon(t.t('matches.field.address'))} {yours.address}
              </li>
            )}
            <li>
              {t.colon(t.t('matches.field.contact_name'))} {yours.people.map((p) => p.name).join(', ')}
            </li>
            <li>
              {t.colon(t.t('matches.field.email'))} {yours.people.map((p) => p.email).join(', ')}
            </li>
          </ul>
          <p>{t.t('matches.sharing_theirs')}</p>
        </>
      ) : (
        <p>{t.t('matches.sharing_curator')}</p>
      )}
    </section>
  );
}

function OutcomeForm({ context, match }: Props) {
  const { t } = context;
  return (
    <section class="item-actions" aria-labelledby="outcome-heading">
      <h2 id="outcome-heading">{t.t('matches.record_outcome')}</h2>
      <form method="post" action={`/matches/${match.id}/outcome`} class="action-form">
        <CsrfField token={context.csrfToken} />
        <p class="hint">{t.t('matches.outcome_hint')}</p>
        <div class="field">
          <label for="outcome">{t.t('matches.outcome')}</label>
          <select id="outcome" name="outcome">
            {match.yourPart.outcomes.map((o) => (
              <option value={o}>{statusLabel(t, o)}</option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="note">{t.t('matches.note')}</label>
          <textarea id="note" name="note" rows={3}></textarea>
        </div>
        <button type="submit">{t.t('matches.record_outcome')}</button>
      </form>
    </section>
  );
}

/** The link to the match's conversation, with what the reader has not read yet; only for those who take part. */
function ConversationLink({ context: { t }, match, unread }: Props & { unread: number }) {
  return (
    <section aria-labelledby="conversation-heading">
      <h2 id="conversation-heading">{t.t('conversation.heading')}</h2>
      <p>
        <a href={`/matches/${match.id}/conversation`}>
          {unread > 0 ? t.t('conversation.link_unread', { count: t.number(unread) }) : t.t('conversation.link')}
        </a>
      </p>
      <p>
        <a href={`/matches/${match.id}/meetings`}>{t.t('meeting.link')}</a>
      </p>
    </section>
  );
}

export function MatchPage({
  context,
  match,
  expiryDays,
  unreadMessages = null,
}: Props & { expiryDays: number; unreadMessages?: number | null }) {
  const { t } = context;
  const title = t.t('matches.title', { challenge: match.challenge.title, solution: match.solution.title });
  const open = ['suggested', 'proposed'].includes(match.status);
  return (
    <Layout context={context} title={title}>
      <h1>{title}</h1>
      <p>{t.t('matches.status', { status: match.statusText })}</p>
      {match.declineReason && <p>{t.t('matches.declined_because', { reason: match.declineReason })}</p>}
      <p>
        <SideName side={match.challenge} path="challenges" /> – <SideName side={match.solution} path="solutions" />
      </p>
      <WhySection context={context} match={match} />
      {open && <SharingSection context={context} match={match} />}
      {open ? (
        <NextSection context={context} match={match} expiryDays={expiryDays} />
      ) : (
        ['declined', 'expired'].includes(match.status) && <p>{t.t('matches.closed')}</p>
      )}
      {match.contacts && (
        <section aria-labelledby="contacts-heading">
          <h2 id="contacts-heading">{t.t('introduction.contacts_heading')}</h2>
          <ContactCard contacts={match.contacts.challenge} />
          <ContactCard contacts={match.contacts.solution} />
        </section>
      )}
      {unreadMessages !== null && <ConversationLink context={context} match={match} unread={unreadMessages} />}
      {match.yourPart.outcomes.length > 0 && <OutcomeForm context={context} match={match} />}
      <section aria-labelledby="timeline-heading">
        <h2 id="timeline-heading">{t.t('matches.timeline')}</h2>
        <ol class="timeline">
          {match.timeline.map((e) => (
            <li>
              <time datetime={e.at}>{t.date(e.at)}</time>: {e.text}
              {e.note && <> – {e.note}</>}
            </li>
          ))}
        </ol>
      </section>
    </Layout>
  );
}
