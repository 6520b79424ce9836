// The work queue page: counts per spearhead as a table, then each section's entries, soonest
// deadline first, with overdue ones marked in words (not by colour alone).
import type { PageContext } from '../web/context.ts';
import type { Translator } from '../i18n/translator.ts';
import { Layout } from '../web/layout.tsx';
import { SPEARHEADS, type Spearhead } from '../taxonomy/taxonomy.ts';
import { SECTIONS, type QueueEntry, type Section, type WorkQueue } from './service.ts';
import { QueueChanges } from './change-view.tsx';

const spearheadName = (t: Translator, spearhead: number | null) =>
  spearhead === null
    ? t.t('workqueue.no_spearhead')
    : SPEARHEADS[spearhead as Spearhead]
      ? t.label(SPEARHEADS[spearhead as Spearhead])
      : String(spearhead);

function CountsTable({ queue, t }: { queue: WorkQueue; t: Translator }) {
  return (
    <section class="table-scroll" tabindex={0} aria-labelledby="workqueue-counts-caption">
      <table>
        <caption id="workqueue-counts-caption">{t.t('workqueue.counts_caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t.t('follows.type.spearhead')}</th>
            {SECTIONS.map((s) => (
              <th scope="col">{t.t(`workqueue.section.${s}`)}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {queue.bySpearhead.map((row) => (
            <tr>
              <th scope="row">{spearheadName(t, row.spearhead)}</th>
              {SECTIONS.map((s) => (
                <td>{row[s]}</td>
              ))}
            </tr>
          ))}
          <tr>
            <th scope="row">{t.t('workqueue.total')}</th>
            {SECTIONS.map((s) => (
              <td>{queue.sections[s].length}</td>
            ))}
          </tr>
        </tbody>
      </table>
    </section>
  );
}

function EntryLine({ entry, now, t }: { entry: QueueEntry; now: Date; t: Translator }) {
  const overdue = entry.deadline !== null && new Date(entry.deadline) < now;
  return (
    <li>
      <a href={entry.href}>{entry.title}</a>{' '}
      <span class="card-meta">
        ({t.t(`workqueue.kind.${entry.kind}`)} ·{' '}
        {entry.spearheads.map((s) => spearheadName(t, s)).join(', ') || t.t('workqueue.no_spearhead')})
      </span>
      {' · '}
      {entry.deadline
        ? t.t(overdue ? 'workqueue.overdue' : 'workqueue.due', { date: t.date(entry.deadline) })
        : t.t('workqueue.no_deadline')}
      {entry.changes && <QueueChanges changes={entry.changes} t={t} />}
    </li>
  );
}

function QueueSection({
  section,
  entries,
  now,
  t,
}: {
  section: Section;
  entries: QueueEntry[];
  now: Date;
  t: Translator;
}) {
  return (
    <section aria-labelledby={`queue-${section}`}>
      <h2 id={`queue-${section}`}>
        {t.t(`workqueue.section.${section}`)} ({entries.length})
      </h2>
      <p>{t.t(`workqueue.intro.${section}`)}</p>
      {entries.length === 0 ? (
        <p>{t.t('workqueue.empty')}</p>
      ) : (
        <ol class={`work-queue queue-${section}`}>
          {entries.map((e) => (
            <EntryLine entry={e} now={now} t={t} />
          ))}
        </ol>
      )}
    </section>
  );
}

export function WorkQueuePage({ context, queue, now }: { context: PageContext; queue: WorkQueue; now: Date }) {
  const { t } = context;
  return (
    <Layout context={context} title={t.t('workqueue.title')}>
      <h1>{t.t('workqueue.title')}</h1>
      <p>
        {t.t('workqueue.intro')} <a href="/review">{t.t('review.title')}</a>
      </p>
      <CountsTable queue={queue} t={t} />
      {SECTIONS.map((s) => (
        <QueueSection section={s} entries={queue.sections[s]} now={now} t={t} />
      ))}
    </Layout>
  );
}
