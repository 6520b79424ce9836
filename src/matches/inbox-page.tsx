// The list of a person's matches: one section per group with its count, each match with the other
// item (named within the visibility rule), the score and reasons, and who must act by when.
import type { Translator } from '../i18n/translator.ts';
import type { MessageKey } from '../i18n/messages.ts';
import type { PageContext } from '../web/context.ts';
import { Layout } from '../web/layout.tsx';
import type { Inbox, InboxEntry, InboxGroup } from './inbox-schemas.ts';

type Side = InboxEntry['challenge'];

/** Undecided matches are told apart by who started them; the status would only repeat the group. */
const UNDECIDED = ['suggested', 'proposed'];

/** The side the reader cares about most: the other one when they are on a side, the solution for a curator. */
function sidesOf(entry: InboxEntry): { shown: Side; own: Side } {
  return entry.yourSide === 'solution'
    ? { shown: entry.challenge, own: entry.solution }
    : { shown: entry.solution, own: entry.challenge };
}

function kindOf(entry: InboxEntry, side: Side): 'challenge' | 'solution' {
  return side === entry.challenge ? 'challenge' : 'solution';
}

function WaitingFor({ entry, t }: { entry: InboxEntry; t: Translator }) {
  const text = entry.deadline
    ? t.t('inbox.waiting_for_by', { actor: entry.actorText, date: t.date(entry.deadline) })
    : t.t('inbox.waiting_for', { actor: entry.actorText });
  return (
    <p class="inbox-next">
      <strong>{text}</strong>
    </p>
  );
}

export function InboxEntryCard({ entry, t }: { entry: InboxEntry; t: Translator }) {
  const { shown, own } = sidesOf(entry);
  const ownLabel = t.t(`inbox.${entry.yourSide ? 'yours' : 'item'}.${kindOf(entry, own)}` as MessageKey);
  const otherAccepted = entry.actor === 'you' && shown.accepted;
  return (
    <li class="match">
      {/* The heading links to the match page; an item the reader may not read is never linked itself. */}
      <h3 class="card-title">
        <a href={entry.href} lang={shown.language ?? undefined}>
          {shown.title}
        </a>
      </h3>
      {shown.organisation && (
        <p>
          {t.t(`inbox.item.${kindOf(entry, shown)}` as MessageKey)}{' '}
          {t.t('inbox.of_organisation', { organisation: shown.organisation })}
        </p>
      )}
      <p class="card-meta">
        {!UNDECIDED.includes(entry.status) && <span>{entry.statusText}</span>}
        <span>{t.t(`inbox.origin.${entry.origin}` as MessageKey)}</span>
        {entry.scoreInWords && (
          <span class="match-score">
            {t.t('inbox.score', { words: entry.scoreInWords, percent: entry.scorePercent ?? '' })}
          </span>
        )}
      </p>
      {entry.reasons.length > 0 && (
        <ul class="match-reasons" aria-label={t.t('inbox.reasons')}>
          {entry.reasons.map((reason) => (
            <li>{reason}</li>
          ))}
        </ul>
      )}
      <p>
        {t.t('inbox.label', { label: ownLabel })}{' '}
        {own.href ? (
          <a href={own.href} lang={own.language ?? undefined}>
            {own.title}
          </a>
        ) : (
          own.title
        )}
      </p>
      {otherAccepted && <p>{t.t('inbox.other_accepted')}</p>}
      <WaitingFor entry={entry} t={t} />
    </li>
  );
}

function GroupSection({ group, t, expiryDays }: { group: InboxGroup; t: Translator; expiryDays: number }) {
  const id = `group-${group.key}`;
  const about =
    group.key === 'your_turn'
      ? t.t('inbox.about.your_turn', { days: t.number(expiryDays) })
      : group.key === 'suggestions'
        ? t.t('inbox.about.suggestions')
        : null;
  return (
    <section aria-labelledby={id} class="inbox-group">
      <h2 id={id}>
        {group.title} ({t.number(group.count)})
      </h2>
      {about && <p>{about}</p>}
      {group.count === 0 ? (
        <p>{t.t(group.key === 'your_turn' ? 'inbox.empty.your_turn' : 'inbox.empty')}</p>
      ) : (
        <ul class="match-list">
          {group.entries.map((entry) => (
            <InboxEntryCard entry={entry} t={t} />
          ))}
        </ul>
      )}
    </section>
  );
}

export function MyMatchesPage({
  context,
  inbox,
  expiryDays,
}: {
  context: PageContext;
  inbox: Inbox;
  expiryDays: number;
}) {
  const { t } = context;
  const total = inbox.groups.reduce((sum, group) => sum + group.count, 0);
  return (
    <Layout context={context} title={t.t('inbox.title')}>
      <h1>{t.t('inbox.title')}</h1>
      <p>{total === 0 ? t.t('inbox.none') : t.t('inbox.intro')}</p>
      <nav aria-label={t.t('inbox.groups_nav')}>
        <ul>
          {inbox.groups.map((group) => (
            <li>
              <a href={`#group-${group.key}`}>
                {group.title} ({t.number(group.count)})
              </a>
            </li>
          ))}
        </ul>
      </nav>
      {inbox.groups.map((group) => (
        <GroupSection group={group} t={t} expiryDays={expiryDays} />
      ))}
    </Layout>
  );
}
