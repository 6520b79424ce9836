// The audit log page for admins: a GET filter form (works without JavaScript, every selection has an
// address), the events with the acting person's name and a link to the object, and paging back.
import type { PageContext } from '../web/context.ts';
import { Layout } from '../web/layout.tsx';
import { ErrorSummary, SelectField, TextField, type FormState } from '../web/forms.tsx';
import type { MessageKey } from '../i18n/messages.ts';
import type { Translator } from '../i18n/translator.ts';
import type { AuditListRow } from './service.ts';
import { AUDITED_OBJECT_TYPES } from './schemas.ts';

/** Where an object of the audit log has its own page. */
const OBJECT_PAGES: Record<string, string> = {
  challenge: '/challenges',
  solution: '/solutions',
  organisation: '/organisations',
  match: '/matches',
};

export interface AuditPageProps {
  context: PageContext;
  rows: AuditListRow[];
  /** What the events' objects are called, by "type:id". */
  names: Map<string, string>;
  form: FormState;
  /** The id to page back from, when older events may exist. */
  olderThan: number | null;
}

const typeLabel = (t: Translator, type: string): string =>
  (AUDITED_OBJECT_TYPES as readonly string[]).includes(type) ? t.t(`audit.type.${type}` as MessageKey) : type;

function ObjectCell({ row, names, t }: { row: AuditListRow; names: Map<string, string>; t: Translator }) {
  const name = names.get(`${row.object_type}:${row.object_id}`);
  const page = OBJECT_PAGES[row.object_type];
  return (
    <>
      {typeLabel(t, row.object_type)}{' '}
      {name && page ? <a href={`${page}/${row.object_id}`}>{name}</a> : (name ?? <code>{row.object_id}</code>)}
    </>
  );
}

function Filters({ context, form }: { context: PageContext; form: FormState }) {
  const { t } = context;
  const types = AUDITED_OBJECT_TYPES.map((type) => [type, typeLabel(t, type)] as [string, string]);
  return (
    <details open class="facet-panel">
      <summary>{t.t('catalogue.filters')}</summary>
      <form method="get" action="/admin/audit" class="facets audit-filters">
        <TextField
          name="action"
          label={t.t('audit.filter.action')}
          hint={t.t('audit.filter.action_hint')}
          form={form}
          t={t}
          maxLength={80}
        />
        <SelectField
          name="objectType"
          label={t.t('audit.filter.object_type')}
          options={types}
          allowEmpty
          form={form}
          t={t}
        />
        <TextField
          name="person"
          label={t.t('audit.filter.person')}
          hint={t.t('audit.filter.person_hint')}
          form={form}
          t={t}
          maxLength={100}
        />
        <TextField name="from" type="date" label={t.t('audit.filter.from')} form={form} t={t} />
        <TextField name="to" type="date" label={t.t('audit.filter.to')} form={form} t={t} />
        <div class="actions">
          <button type="submit">{t.t('audit.filter.apply')}</button>
          <a href="/admin/audit">{t.t('audit.filter.reset')}</a>
        </div>
      </form>
    </details>
  );
}

/** A link to another page of the same selection. */
function pageLink(form: FormState, before: number | null): string {
  const query = new URLSearchParams();
  for (const key of ['action', 'objectType', 'objectId', 'person', 'from', 'to', 'limit']) {
    const value = form.values[key];
    if (typeof value === 'string' && value !== '') query.set(key, value);
  }
  if (before) query.set('before', String(before));
  const text = query.toString();
  return text ? `/admin/audit?${text}` : '/admin/audit';
}

export function AuditPage({ context, rows, names, form, olderThan }: AuditPageProps) {
  const { t } = context;
  const when = new Intl.DateTimeFormat(t.locale === 'nl' ? 'nl-BE' : t.locale === 'fr' ? 'fr-BE' : 'en-GB', {
    dateStyle: 'short',
    timeStyle: 'medium',
    timeZone: 'Europe/Brussels',
  });
  const labels = {
    action: t.t('audit.filter.action'),
    objectType: t.t('audit.filter.object_type'),
    person: t.t('audit.filter.person'),
    from: t.t('audit.filter.from'),
    to: t.t('audit.filter.to'),
  };
  return (
    <Layout context={context} title={t.t('audit.title')}>
      <h1>{t.t('audit.title')}</h1>
      <p>{t.t('audit.intro')}</p>
      <ErrorSummary form={form} t={t} labels={labels} />
      <Filters context={context} form={form} />
      {rows.length === 0 ? (
        <p>{t.t('audit.none')}</p>
      ) : (
        <section class="table-scroll" tabindex={0} aria-labelledby="audit-caption">
          <table>
            <caption id="audit-caption" class="visually-hidden">
              {t.t('audit.title')}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t.t('audit.when')}</th>
                <th scope="col">{t.t('audit.who')}</th>
                <th scope="col">{t.t('audit.what')}</th>
                <th scope="col">{t.t('audit.object')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr>
                  <td>
                    <time datetime={row.occurred_at.toISOString()}>{when.format(row.occurred_at)}</time>
                  </td>
                  <td>{row.actor_id ? (row.actor_name ?? t.t('audit.unknown_person')) : t.t('audit.system')}</td>
                  <td>
                    <code>{row.action}</code>
                  </td>
                  <td>
                    <ObjectCell row={row} names={names} t={t} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
      {(olderThan || form.values.before) && (
        <nav aria-label={t.t('audit.pagination')} class="pagination">
          {form.values.before && <a href={pageLink(form, null)}>{t.t('audit.newest')}</a>}
          {olderThan && (
            <a href={pageLink(form, olderThan)} rel="next">
              {t.t('audit.older')}
            </a>
          )}
        </nav>
      )}
    </Layout>
  );
}
