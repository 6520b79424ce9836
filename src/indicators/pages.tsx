// The indicators pages: the public figures at /indicators and, for ambassadors and admins, all
// challenges with the overview per ambassador at /admin/indicators. The filters are a plain GET
// form, so they work without JavaScript and every selection has an address.
import type { PageContext } from '../web/context.ts';
import { Layout } from '../web/layout.tsx';
import { ErrorSummary, type FormState } from '../web/forms.tsx';
import type { Translator } from '../i18n/translator.ts';
import type { MessageKey } from '../i18n/messages.ts';
import { REGIONS, SECTORS, SPEARHEADS, SPEARHEAD_NUMBERS } from '../taxonomy/taxonomy.ts';
import { isAmbassador } from '../shared/viewer.ts';
import type { IndicatorReport } from './service.ts';
import { AmbassadorSection, formatsFor, MonthSections, OpenByAgeSection, SummaryTable } from './sections.tsx';
import { EventSection } from './event-section.tsx';
import { CallSection } from './calls-section.tsx';
import { FIRST_MONTH, LAST_MONTH } from './schemas.ts';

export interface IndicatorsPageProps {
  context: PageContext;
  report: IndicatorReport;
  form: FormState;
  /** For the full dashboard: the people its ambassador filter can name. */
  ambassadors: { id: string; name: string }[] | null;
}

function Choice({
  name,
  label,
  options,
  chosen,
  t,
}: {
  name: string;
  label: MessageKey;
  options: [string, string][];
  chosen: string;
  t: Translator;
}) {
  return (
    <div class="field">
      <label for={name}>{t.t(label)}</label>
      <select id={name} name={name}>
        <option value="">{t.t('indicators.all')}</option>
        {options.map(([value, text]) => (
          <option value={value} selected={value === chosen}>
            {text}
          </option>
        ))}
      </select>
    </div>
  );
}

function MonthField({
  name,
  label,
  value,
  form,
  t,
}: {
  name: 'from' | 'to';
  label: MessageKey;
  value: string;
  form: FormState;
  t: Translator;
}) {
  const problem = form.problems.find((p) => p.field === name);
  return (
    <div class={problem ? 'field has-error' : 'field'}>
      <label for={name}>{t.t(label)}</label>
      <p class="hint" id={`${name}-hint`}>
        {t.t('indicators.month_hint')}
      </p>
      {problem && (
        <p class="field-error" id={`${name}-error`}>
          {t.t(problem.message, problem.params)}
        </p>
      )}
      <input
        id={name}
        name={name}
        type="month"
        value={value}
        min={FIRST_MONTH}
        max={LAST_MONTH}
        aria-invalid={problem ? 'true' : undefined}
        aria-describedby={problem ? `${name}-hint ${name}-error` : `${name}-hint`}
      />
    </div>
  );
}

function FilterForm({ context, report, form, ambassadors }: IndicatorsPageProps) {
  const { t } = context;
  const { filter } = report;
  const entries = <T extends Record<string, { nl: string; fr: string; en: string }>>(table: T): [string, string][] =>
    Object.entries(table).map(([code, labels]) => [code, t.label(labels)]);
  return (
    <details open class="facet-panel">
      <summary>{t.t('indicators.filters')}</summary>
      <form method="get" action={context.path} class="facets">
        <MonthField name="from" label="indicators.from" value={filter.from} form={form} t={t} />
        <MonthField name="to" label="indicators.to" value={filter.to} form={form} t={t} />
        <Choice name="sector" label="indicators.sector" options={entries(SECTORS)} chosen={filter.sector ?? ''} t={t} />
        <Choice
          name="spearhead"
          label="indicators.spearhead"
          t={t}
          chosen={String(filter.spearhead ?? '')}
          options={SPEARHEAD_NUMBERS.map((n) => [String(n), `${n}. ${t.label(SPEARHEADS[n])}`])}
        />
        <Choice name="region" label="indicators.region" options={entries(REGIONS)} chosen={filter.region ?? ''} t={t} />
        {ambassadors && (
          <Choice
            name="ambassador"
            label="indicators.ambassador"
            options={ambassadors.map((a) => [a.id, a.name])}
            chosen={filter.ambassador ?? ''}
            t={t}
          />
        )}
        <div class="actions">
          <button type="submit">{t.t('indicators.apply')}</button>
          <a href={context.path}>{t.t('indicators.reset')}</a>
        </div>
      </form>
    </details>
  );
}

/** The query of the current selection, for the CSV link. */
function selectionQuery(report: IndicatorReport): string {
  const { from, to, sector, spearhead, region } = report.filter;
  const query = new URLSearchParams({ from, to });
  if (sector) query.set('sector', sector);
  if (spearhead) query.set('spearhead', String(spearhead));
  if (region) query.set('region', region);
  return query.toString();
}

export function IndicatorsPage(props: IndicatorsPageProps) {
  const { context, report, form } = props;
  const { t } = context;
  const full = report.filter.scope === 'full';
  const formats = formatsFor(t);
  const title = t.t(full ? 'indicators.full_title' : 'indicators.title');
  const labels = {
    from: t.t('indicators.from'),
    to: t.t('indicators.to'),
    sector: t.t('indicators.sector'),
    spearhead: t.t('indicators.spearhead'),
    region: t.t('indicators.region'),
    ambassador: t.t('indicators.ambassador'),
  };
  const empty =
    report.totals.challengesPosted === 0 &&
    report.totals.introductions === 0 &&
    report.totals.conversationsStarted === 0 &&
    report.totals.meetingsHeld === 0 &&
    report.totals.eventOrganisations === 0 &&
    report.totals.callsOpened === 0 &&
    report.openByAge.every((b) => b.challenges === 0);
  return (
    <Layout context={context} title={title}>
      <h1>{title}</h1>
      <p>{t.t(full ? 'indicators.full_intro' : 'indicators.intro')}</p>
      {full ? (
        <p>
          <a href="/indicators">{t.t('indicators.public_link')}</a>
        </p>
      ) : (
        isAmbassador(context.viewer) && (
          <p>
            <a href="/admin/indicators">{t.t('indicators.full_link')}</a>
          </p>
        )
      )}
      <ErrorSummary form={form} t={t} labels={labels} />
      <FilterForm {...props} />
      <p>
        {t.t('indicators.period', { from: formats.month(report.filter.from), to: formats.month(report.filter.to) })}
      </p>
      {!full && (
        <p>
          <a href={`/indicators.csv?${selectionQuery(report)}`} download>
            {t.t('indicators.download_csv')}
          </a>
        </p>
      )}
      {empty && <p class="notice">{t.t('indicators.no_data')}</p>}
      <SummaryTable report={report} formats={formats} t={t} />
      <MonthSections report={report} formats={formats} t={t} />
      <EventSection report={report} formats={formats} t={t} />
      <CallSection report={report} formats={formats} t={t} />
      <OpenByAgeSection report={report} formats={formats} t={t} />
      {full && <AmbassadorSection report={report} formats={formats} t={t} />}
    </Layout>
  );
}
