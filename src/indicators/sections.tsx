// The sections of the indicators page: each chart is followed by a table with the same figures, so
// no number is carried by a chart alone.
import type { ComponentChildren } from 'preact';
import type { Translator } from '../i18n/translator.ts';
import type { MessageKey } from '../i18n/messages.ts';
import type { IndicatorReport } from './service.ts';
import type { MonthFigures, Totals } from './schemas.ts';
import { BarChart, HorizontalBarChart, LineChart } from './charts.tsx';

type Figure = keyof Totals;

export interface Formats {
  count: (value: number) => string;
  share: (value: number | null) => string;
  days: (value: number | null) => string;
  month: (month: string) => string;
  axisMonth: (month: string) => string;
}

function monthDate(month: string): Date {
  const [year, number] = month.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(year, number - 1, 1));
}

export function formatsFor(t: Translator): Formats {
  const long = new Intl.DateTimeFormat(t.intlLocale, { month: 'long', year: 'numeric', timeZone: 'UTC' });
  const short = new Intl.DateTimeFormat(t.intlLocale, { month: 'short', year: '2-digit', timeZone: 'UTC' });
  const missing = t.t('indicators.no_value');
  // Made once per page: a page formats a few hundred numbers, and each new Intl formatter is costly.
  const counts = new Intl.NumberFormat(t.intlLocale);
  const percents = new Intl.NumberFormat(t.intlLocale, { style: 'percent', maximumFractionDigits: 1 });
  const decimals = new Intl.NumberFormat(t.intlLocale, { maximumFractionDigits: 1 });
  return {
    count: (value) => counts.format(value),
    share: (value) => (value === null ? missing : percents.format(value)),
    days: (value) => (value === null ? missing : decimals.format(value)),
    month: (month) => long.format(monthDate(month)),
    axisMonth: (month) => short.format(monthDate(month)),
  };
}

export interface Column {
  figure: Figure;
  label: MessageKey;
  kind: 'count' | 'share' | 'days';
}

function cell(formats: Formats, column: Column, figures: Totals): string {
  const value = figures[column.figure];
  if (column.kind === 'count') return formats.count(value ?? 0);
  return column.kind === 'share' ? formats.share(value) : formats.days(value);
}

/** A table of figures per month with the period's total in its last row. */
export function MonthTable({
  id,
  caption,
  columns,
  report,
  formats,
  t,
}: {
  id: string;
  caption: string;
  columns: Column[];
  report: IndicatorReport;
  formats: Formats;
  t: Translator;
}) {
  return (
    <section class="table-scroll" tabindex={0} aria-labelledby={`${id}-caption`}>
      <table>
        <caption id={`${id}-caption`}>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t.t('indicators.month')}</th>
            {columns.map((c) => (
              <th scope="col">{t.t(c.label)}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {report.months.map((month: MonthFigures) => (
            <tr>
              <th scope="row">{formats.month(month.month)}</th>
              {columns.map((c) => (
                <td>{cell(formats, c, month)}</td>
              ))}
            </tr>
          ))}
          <tr>
            <th scope="row">{t.t('indicators.total')}</th>
            {columns.map((c) => (
              <td>{cell(formats, c, report.totals)}</td>
            ))}
          </tr>
        </tbody>
      </table>
    </section>
  );
}

export function Section({
  id,
  title,
  description,
  children,
}: {
  id: string;
  title: string;
  description: string;
  children: ComponentChildren;
}) {
  return (
    <section aria-labelledby={`${id}-heading`} class="indicator">
      <h2 id={`${id}-heading`}>{title}</h2>
      <p>{description}</p>
      {children}
    </section>
  );
}

export interface SectionProps {
  report: IndicatorReport;
  formats: Formats;
  t: Translator;
}

export const values = (report: IndicatorReport, figure: Figure) => report.months.map((m) => m[figure]);

/** The key figures, each row linked to its section below, where what it counts is explained. */
export function SummaryTable({ report, formats, t }: SectionProps) {
  const rows: (Column & { section: string })[] = [
    { figure: 'challengesPosted', label: 'indicators.posted', kind: 'count', section: 'posted' },
    { figure: 'shareMatchedWithin14Days', label: 'indicators.within_14_share', kind: 'share', section: 'within-14' },
    { figure: 'medianDaysToFirstAcceptedMatch', label: 'indicators.median_days', kind: 'days', section: 'median' },
    { figure: 'introductions', label: 'indicators.introductions', kind: 'count', section: 'flow' },
    { figure: 'pilots', label: 'indicators.pilots', kind: 'count', section: 'flow' },
    { figure: 'deployments', label: 'indicators.deployments', kind: 'count', section: 'flow' },
    { figure: 'conversationsStarted', label: 'indicators.conversations_started', kind: 'count', section: 'contact' },
    {
      figure: 'shareIntroductionsWithConversation',
      label: 'indicators.conversation_share',
      kind: 'share',
      section: 'contact',
    },
    { figure: 'meetingsHeld', label: 'indicators.meetings_held', kind: 'count', section: 'contact' },
    { figure: 'smeShare', label: 'indicators.sme_share', kind: 'share', section: 'sme' },
    { figure: 'matchesFromEvents', label: 'indicators.matches_from_events', kind: 'count', section: 'events' },
    { figure: 'meetingsPerEvent', label: 'indicators.meetings_per_event', kind: 'days', section: 'events' },
    { figure: 'smeShareOfEventParticipants', label: 'indicators.event_sme_share', kind: 'share', section: 'events' },
  ];
  return (
    <>
      <p id="summary-explained">{t.t('indicators.summary_desc')}</p>
      <section class="table-scroll" tabindex={0} aria-labelledby="summary-caption">
        <table aria-describedby="summary-explained">
          <caption id="summary-caption">{t.t('indicators.summary')}</caption>
          <thead>
            <tr>
              <th scope="col">{t.t('indicators.indicator')}</th>
              <th scope="col">{t.t('indicators.value')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr>
                <th scope="row">
                  <a href={`#${row.section}-heading`}>{t.t(row.label)}</a>
                </th>
                <td>{cell(formats, row, report.totals)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </>
  );
}

export function MonthSections({ report, formats, t }: SectionProps) {
  const labels = report.months.map((m) => formats.axisMonth(m.month));
  const percent = (v: number) => formats.share(v);
  const chartNote = t.t('indicators.chart_data');
  const table = (id: string, caption: string, columns: Column[]) => (
    <MonthTable id={id} caption={caption} columns={columns} report={report} formats={formats} t={t} />
  );
  return (
    <>
      <Section id="posted" title={t.t('indicators.posted')} description={t.t('indicators.posted_desc')}>
        <BarChart
          id="chart-posted"
          title={t.t('indicators.posted')}
          description={`${t.t('indicators.posted_desc')} ${chartNote}`}
          labels={labels}
          format={formats.count}
          values={values(report, 'challengesPosted').map((v) => v ?? 0)}
        />
        {table('table-posted', t.t('indicators.posted'), [
          { figure: 'challengesPosted', label: 'indicators.posted', kind: 'count' },
        ])}
      </Section>
      <Section id="within-14" title={t.t('indicators.within_14_share')} description={t.t('indicators.within_14_desc')}>
        <LineChart
          id="chart-within-14"
          title={t.t('indicators.within_14_share')}
          description={`${t.t('indicators.within_14_desc')} ${chartNote}`}
          labels={labels}
          format={percent}
          max={1}
          series={[{ name: t.t('indicators.within_14_share'), values: values(report, 'shareMatchedWithin14Days') }]}
        />
        {table('table-within-14', t.t('indicators.within_14_share'), [
          { figure: 'challengesPosted', label: 'indicators.posted', kind: 'count' },
          { figure: 'matchedWithin14Days', label: 'indicators.within_14', kind: 'count' },
          { figure: 'shareMatchedWithin14Days', label: 'indicators.within_14_share', kind: 'share' },
        ])}
      </Section>
      <Section id="median" title={t.t('indicators.median_days')} description={t.t('indicators.median_desc')}>
        <LineChart
          id="chart-median"
          title={t.t('indicators.median_days')}
          description={`${t.t('indicators.median_desc')} ${chartNote}`}
          labels={labels}
          format={(v) => formats.days(v)}
          series={[{ name: t.t('indicators.median_days'), values: values(report, 'medianDaysToFirstAcceptedMatch') }]}
        />
        {table('table-median', t.t('indicators.median_days'), [
          { figure: 'medianDaysToFirstAcceptedMatch', label: 'indicators.median_days', kind: 'days' },
        ])}
      </Section>
      <Section id="flow" title={t.t('indicators.flow_title')} description={t.t('indicators.flow_desc')}>
        <LineChart
          id="chart-flow"
          title={t.t('indicators.flow_title')}
          description={`${t.t('indicators.flow_desc')} ${chartNote}`}
          labels={labels}
          format={formats.count}
          series={[
            { name: t.t('indicators.introductions'), values: values(report, 'introductions') },
            { name: t.t('indicators.pilots'), values: values(report, 'pilots') },
            { name: t.t('indicators.deployments'), values: values(report, 'deployments') },
          ]}
        />
        {table('table-flow', t.t('indicators.flow_title'), [
          { figure: 'introductions', label: 'indicators.introductions', kind: 'count' },
          { figure: 'pilots', label: 'indicators.pilots', kind: 'count' },
          { figure: 'deployments', label: 'indicators.deployments', kind: 'count' },
        ])}
      </Section>
      <Section id="contact" title={t.t('indicators.contact_title')} description={t.t('indicators.contact_desc')}>
        <LineChart
          id="chart-contact"
          title={t.t('indicators.contact_title')}
          description={`${t.t('indicators.contact_desc')} ${chartNote}`}
          labels={labels}
          format={formats.count}
          series={[
            { name: t.t('indicators.conversations_started'), values: values(report, 'conversationsStarted') },
            { name: t.t('indicators.meetings_held'), values: values(report, 'meetingsHeld') },
          ]}
        />
        {table('table-contact', t.t('indicators.contact_title'), [
          { figure: 'conversationsStarted', label: 'indicators.conversations_started', kind: 'count' },
          { figure: 'introductions', label: 'indicators.introductions', kind: 'count' },
          { figure: 'introductionsWithConversation', label: 'indicators.with_conversation', kind: 'count' },
          { figure: 'shareIntroductionsWithConversation', label: 'indicators.conversation_share', kind: 'share' },
          { figure: 'meetingsHeld', label: 'indicators.meetings_held', kind: 'count' },
        ])}
      </Section>
      <Section id="sme" title={t.t('indicators.sme_share')} description={t.t('indicators.sme_desc')}>
        <LineChart
          id="chart-sme"
          title={t.t('indicators.sme_share')}
          description={`${t.t('indicators.sme_desc')} ${chartNote}`}
          labels={labels}
          format={percent}
          max={1}
          series={[{ name: t.t('indicators.sme_share'), values: values(report, 'smeShare') }]}
        />
        {table('table-sme', t.t('indicators.sme_share'), [
          { figure: 'matchedProviders', label: 'indicators.matched_providers', kind: 'count' },
          { figure: 'smeProviders', label: 'indicators.sme_providers', kind: 'count' },
          { figure: 'smeShare', label: 'indicators.sme_share', kind: 'share' },
        ])}
      </Section>
    </>
  );
}

export function OpenByAgeSection({ report, formats, t }: SectionProps) {
  const categories = report.openByAge.map((b) => t.t(`indicators.age.${b.age}`));
  return (
    <Section id="open" title={t.t('indicators.open_title')} description={t.t('indicators.open_desc')}>
      <HorizontalBarChart
        id="chart-open"
        title={t.t('indicators.open_title')}
        description={`${t.t('indicators.open_desc')} ${t.t('indicators.chart_data')}`}
        categories={categories}
        values={report.openByAge.map((b) => b.challenges)}
        format={formats.count}
      />
      <section class="table-scroll" tabindex={0} aria-labelledby="table-open-caption">
        <table>
          <caption id="table-open-caption">{t.t('indicators.open_title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t.t('indicators.age')}</th>
              <th scope="col">{t.t('indicators.open_challenges')}</th>
            </tr>
          </thead>
          <tbody>
            {report.openByAge.map((b, i) => (
              <tr>
                <th scope="row">{categories[i]}</th>
                <td>{formats.count(b.challenges)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </Section>
  );
}

export function AmbassadorSection({ report, formats, t }: SectionProps) {
  const rows = report.ambassadors ?? [];
  return (
    <section aria-labelledby="ambassadors-heading">
      <h2 id="ambassadors-heading">{t.t('indicators.ambassadors_title')}</h2>
      {rows.length === 0 ? (
        <p>{t.t('indicators.ambassadors_none')}</p>
      ) : (
        <section class="table-scroll" tabindex={0} aria-labelledby="ambassadors-caption">
          <table>
            <caption id="ambassadors-caption">{t.t('indicators.ambassadors_title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t.t('indicators.ambassador')}</th>
                <th scope="col">{t.t('indicators.posted')}</th>
                <th scope="col">{t.t('indicators.introductions')}</th>
                <th scope="col">{t.t('indicators.open_challenges')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr>
                  <th scope="row">{row.name}</th>
                  <td>{formats.count(row.challengesPosted)}</td>
                  <td>{formats.count(row.introductions)}</td>
                  <td>{formats.count(row.openChallenges)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
    </section>
  );
}
