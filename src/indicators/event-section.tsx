// The matchmaking days on the indicators page: matches that came from them, meetings held per event
// and the share of SMEs among the organisations taking part, as a chart and the same figures in a table.
import { LineChart } from './charts.tsx';
import { MonthTable, Section, values, type SectionProps } from './sections.tsx';

export function EventSection({ report, formats, t }: SectionProps) {
  const title = t.t('indicators.events_title');
  const description = t.t('indicators.events_desc');
  return (
    <Section id="events" title={title} description={description}>
      <LineChart
        id="chart-events"
        title={title}
        description={`${description} ${t.t('indicators.chart_data')}`}
        labels={report.months.map((m) => formats.axisMonth(m.month))}
        format={formats.count}
        series={[
          { name: t.t('indicators.event_meetings_held'), values: values(report, 'eventMeetingsHeld') },
          { name: t.t('indicators.matches_from_events'), values: values(report, 'matchesFromEvents') },
        ]}
      />
      <MonthTable
        id="table-events"
        caption={title}
        report={report}
        formats={formats}
        t={t}
        columns={[
          { figure: 'eventsHeld', label: 'indicators.events_held', kind: 'count' },
          { figure: 'eventMeetingsHeld', label: 'indicators.event_meetings_held', kind: 'count' },
          { figure: 'meetingsPerEvent', label: 'indicators.meetings_per_event', kind: 'days' },
          { figure: 'matchesFromEvents', label: 'indicators.matches_from_events', kind: 'count' },
          { figure: 'eventOrganisations', label: 'indicators.event_organisations', kind: 'count' },
          { figure: 'smeEventOrganisations', label: 'indicators.event_sme_organisations', kind: 'count' },
          { figure: 'smeShareOfEventParticipants', label: 'indicators.event_sme_share', kind: 'share' },
        ]}
      />
    </Section>
  );
}
