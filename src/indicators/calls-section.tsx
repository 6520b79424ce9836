// The open calls on the indicators page: calls opened, responses per call, the SMEs' share of responses
// and awards and the days from opening to decision, as a chart and the same figures in a table, with how
// the filters apply to them.
import { LineChart } from './charts.tsx';
import { MonthTable, Section, values, type SectionProps } from './sections.tsx';

export function CallSection({ report, formats, t }: SectionProps) {
  const title = t.t('indicators.calls_title');
  const description = t.t('indicators.calls_desc');
  return (
    <Section id="calls" title={title} description={description}>
      <p>{t.t('indicators.calls_filters')}</p>
      <LineChart
        id="chart-calls"
        title={title}
        description={`${description} ${t.t('indicators.chart_data')}`}
        labels={report.months.map((m) => formats.axisMonth(m.month))}
        format={formats.count}
        series={[
          { name: t.t('indicators.calls_opened'), values: values(report, 'callsOpened') },
          { name: t.t('indicators.call_responses'), values: values(report, 'callResponses') },
        ]}
      />
      <MonthTable
        id="table-calls"
        caption={title}
        report={report}
        formats={formats}
        t={t}
        columns={[
          { figure: 'callsOpened', label: 'indicators.calls_opened', kind: 'count' },
          { figure: 'callResponses', label: 'indicators.call_responses', kind: 'count' },
          { figure: 'responsesPerCall', label: 'indicators.responses_per_call', kind: 'days' },
          { figure: 'smeShareOfCallResponses', label: 'indicators.call_sme_response_share', kind: 'share' },
          { figure: 'callAwards', label: 'indicators.call_awards', kind: 'count' },
          { figure: 'smeShareOfCallAwards', label: 'indicators.call_sme_award_share', kind: 'share' },
          { figure: 'medianDaysToCallDecision', label: 'indicators.call_median_days', kind: 'days' },
        ]}
      />
    </Section>
  );
}
