// Output shapes of the indicators report: the API's JSON and the CSV download, which carry the same
// figures as the page.
import { writeCsv } from '../shared/csv.ts';
import type { IndicatorReport } from './service.ts';
import type { Totals } from './schemas.ts';

/** The figures in the order the page, the API and the CSV list them. */
export const FIGURES: readonly (keyof Totals)[] = [
  'challengesPosted',
  'matchedWithin14Days',
  'shareMatchedWithin14Days',
  'medianDaysToFirstAcceptedMatch',
  'introductions',
  'pilots',
  'deployments',
  'matchedProviders',
  'smeProviders',
  'smeShare',
  'conversationsStarted',
  'introductionsWithConversation',
  'shareIntroductionsWithConversation',
  'meetingsHeld',
  'matchesFromEvents',
  'eventsHeld',
  'eventMeetingsHeld',
  'meetingsPerEvent',
  'eventOrganisations',
  'smeEventOrganisations',
  'smeShareOfEventParticipants',
  'callsOpened',
  'callResponses',
  'responsesPerCall',
  'smeCallResponses',
  'smeShareOfCallResponses',
  'callAwards',
  'smeCallAwards',
  'smeShareOfCallAwards',
  'medianDaysToCallDecision',
];

function appliedFilters(report: IndicatorReport) {
  const { from, to, sector, spearhead, region } = report.filter;
  return { from, to, sector: sector ?? null, spearhead: spearhead ?? null, region: region ?? null };
}

export function presentPublic(report: IndicatorReport) {
  return {
    scope: 'public' as const,
    filters: appliedFilters(report),
    months: report.months,
    totals: report.totals,
    openByAge: report.openByAge,
  };
}

export function presentFull(report: IndicatorReport) {
  return {
    scope: 'full' as const,
    filters: { ...appliedFilters(report), ambassador: report.filter.ambassador ?? null },
    months: report.months,
    totals: report.totals,
    openByAge: report.openByAge,
    ambassadors: report.ambassadors ?? [],
  };
}

/** One row per indicator and month (and "total" for the period), then the open challenges by age today. */
export function indicatorsCsv(report: IndicatorReport, today: string): string {
  const rows: (string | number | null)[][] = [];
  for (const figure of FIGURES) {
    for (const month of report.months) rows.push([figure, month.month, month[figure]]);
    rows.push([figure, 'total', report.totals[figure]]);
  }
  for (const bucket of report.openByAge) rows.push([`openChallenges.${bucket.age}`, today, bucket.challenges]);
  return writeCsv(['indicator', 'period', 'value'], rows);
}
