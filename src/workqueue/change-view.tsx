// Changes since review as people read them: field names and values in the reader's language (codes
// as their labels), on the item's page for its curator and, shortened, in the work queue.
import type { Translator } from '../i18n/translator.ts';
import type { MessageKey } from '../i18n/messages.ts';
import type { PageContext } from '../web/context.ts';
import { CsrfField } from '../web/forms.tsx';
import {
  CLASSIFICATIONS,
  CONTENT_LANGUAGES,
  MARKET_STAGES,
  PRICING,
  REGIONS,
  SECTORS,
  SOLUTION_KINDS,
  SPEARHEADS,
  URGENCIES,
  type Labels,
} from '../taxonomy/taxonomy.ts';
import type { FieldChange, ItemChanges } from './changes.ts';

const LABEL_KEYS: Record<string, MessageKey> = {
  title: 'field.title',
  description: 'field.description',
  kind: 'field.kind',
  technologies: 'field.technologies',
  sectors: 'field.sectors',
  spearheads: 'field.spearheads',
  region: 'field.region',
  regionsServed: 'field.regions_served',
  language: 'field.language',
  languages: 'field.languages',
  urgency: 'field.urgency',
  deadline: 'field.deadline',
  durationMonths: 'field.duration_months',
  desiredKinds: 'field.desired_kinds',
  trl: 'field.trl',
  marketStage: 'field.market_stage',
  pricing: 'field.pricing',
  freeMonths: 'field.free_months',
  references: 'field.references',
  classification: 'field.classification',
};

const CODE_TABLES: Record<string, Record<string | number, Labels>> = {
  kind: SOLUTION_KINDS,
  desiredKinds: SOLUTION_KINDS,
  sectors: SECTORS,
  spearheads: SPEARHEADS,
  region: REGIONS,
  regionsServed: REGIONS,
  language: CONTENT_LANGUAGES,
  languages: CONTENT_LANGUAGES,
  urgency: URGENCIES,
  marketStage: MARKET_STAGES,
  pricing: PRICING,
  classification: CLASSIFICATIONS,
};

const QUEUE_TEXT_LENGTH = 120;

export const fieldLabel = (t: Translator, field: string): string =>
  LABEL_KEYS[field] ? t.t(LABEL_KEYS[field]) : field;

export function fieldValue(t: Translator, field: string, value: unknown): string {
  const values = (Array.isArray(value) ? value : [value]).filter((v) => v !== null && v !== undefined && v !== '');
  if (values.length === 0) return t.t('common.none');
  const table = CODE_TABLES[field];
  const shown = values.map((v) =>
    table?.[v as string] ? t.label(table[v as string] as Labels) : field === 'deadline' ? t.date(String(v)) : String(v),
  );
  return shown.join(', ');
}

const shortened = (text: string): string =>
  text.length > QUEUE_TEXT_LENGTH ? `${text.slice(0, QUEUE_TEXT_LENGTH - 1)}…` : text;

/** In the work queue: each changed field, its value at review and now, long texts cut short. */
export function QueueChanges({ changes, t }: { changes: FieldChange[]; t: Translator }) {
  return (
    <ul class="queue-changes">
      {changes.map((c) => (
        <li>
          {t.colon(fieldLabel(t, c.field))} <del>{shortened(fieldValue(t, c.field, c.before))}</del> →{' '}
          <ins>{shortened(fieldValue(t, c.field, c.after))}</ins>
        </li>
      ))}
    </ul>
  );
}

/** On the item's page, for its curator: the changed fields before and after, and the "checked" action. */
export function ChangesSection({
  context,
  changes,
  action,
}: {
  context: PageContext;
  changes: ItemChanges;
  action: string;
}) {
  const { t } = context;
  return (
    <section id="changes" class="notice" aria-labelledby="changes-heading">
      <h2 id="changes-heading">{t.t('workqueue.section.changed')}</h2>
      <p>{t.t('changes.intro', { count: changes.count, date: changes.since ? t.date(changes.since) : '' })}</p>
      <section class="table-scroll" tabindex={0} aria-labelledby="changes-caption">
        <table>
          <caption id="changes-caption">{t.t('changes.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t.t('changes.field')}</th>
              <th scope="col">{t.t('changes.before')}</th>
              <th scope="col">{t.t('changes.after')}</th>
            </tr>
          </thead>
          <tbody>
            {changes.fields.map((c) => (
              <tr>
                <th scope="row">{fieldLabel(t, c.field)}</th>
                <td>{fieldValue(t, c.field, c.before)}</td>
                <td>{fieldValue(t, c.field, c.after)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <form method="post" action={action} class="action-form">
        <CsrfField token={context.csrfToken} />
        <button type="submit">{t.t('changes.check')}</button>
      </form>
    </section>
  );
}
