// The indicators report: the period and filters asked for, every month of the period (months
// without data show zeros), the totals over the period and the open challenges by age.
import type { Database } from '../db/database.ts';
import { errors } from '../shared/errors.ts';
import * as repository from './repository.ts';
import { callFigures, type CallRow } from './calls-repository.ts';
import {
  AGE_BUCKETS,
  FIRST_MONTH,
  MAX_MONTHS,
  type AgeBucket,
  type AmbassadorFigures,
  type FullIndicatorQuery,
  type MonthFigures,
  type Totals,
} from './schemas.ts';

const DEFAULT_MONTHS = 12;

export type IndicatorFilter = repository.IndicatorFilter;

export interface IndicatorReport {
  filter: IndicatorFilter;
  months: MonthFigures[];
  totals: Totals;
  openByAge: { age: AgeBucket; challenges: number }[];
  ambassadors: AmbassadorFigures[] | null;
}

/** The calendar month of a moment in Brussels, YYYY-MM. */
export function brusselsMonth(moment: Date): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/Brussels',
    year: 'numeric',
    month: '2-digit',
  }).formatToParts(moment);
  return `${parts.find((p) => p.type === 'year')?.value}-${parts.find((p) => p.type === 'month')?.value}`;
}

function monthIndex(month: string): number {
  const [year, number] = month.split('-').map(Number) as [number, number];
  return year * 12 + (number - 1);
}

function shiftMonths(month: string, count: number): string {
  const index = monthIndex(month) + count;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

export function monthsBetween(from: string, to: string): string[] {
  const months: string[] = [];
  for (let month = from; month <= to; month = repository.nextMonth(month)) months.push(month);
  return months;
}

/**
 * Fills in the default period (the last twelve months, not before the first month) and refuses a period
 * that runs backwards or is too long, by arithmetic: nothing is built or queried before it passes.
 */
export function resolveFilter(query: FullIndicatorQuery, scope: 'public' | 'full', now: Date): IndicatorFilter {
  const to = query.to ?? (query.from && query.from > brusselsMonth(now) ? query.from : brusselsMonth(now));
  const twelveBack = shiftMonths(to, -(DEFAULT_MONTHS - 1));
  const from = query.from ?? (twelveBack < FIRST_MONTH ? FIRST_MONTH : twelveBack);
  if (from > to) throw errors.validation([{ field: 'from', message: 'indicators.error_period_order' }]);
  if (monthIndex(to) - monthIndex(from) + 1 > MAX_MONTHS)
    throw errors.validation([
      { field: 'from', message: 'indicators.error_period_length', params: { max: MAX_MONTHS } },
    ]);
  return {
    from,
    to,
    scope,
    sector: query.sector,
    spearhead: query.spearhead,
    region: query.region,
    ambassador: scope === 'full' ? query.ambassador : undefined,
  };
}

const ratio = (part: number, whole: number): number | null =>
  whole === 0 ? null : Math.round((part / whole) * 10_000) / 10_000;
const oneDecimal = (value: number | null): number | null => (value === null ? null : Math.round(value * 10) / 10);

interface Parts {
  cohort?: repository.CohortRow;
  introduced?: repository.IntroductionRow;
  pilots: number;
  deployments: number;
  conversationsStarted: number;
  meetingsHeld: number;
  fromEvents: number;
  events?: repository.EventRow;
  participants?: repository.EventParticipantRow;
  calls?: CallRow;
}

function callFiguresOf(row: CallRow | undefined) {
  const calls = row?.calls ?? 0;
  const responses = row?.responses ?? 0;
  const awards = row?.awards ?? 0;
  return {
    callsOpened: calls,
    callResponses: responses,
    responsesPerCall: calls === 0 ? null : oneDecimal(responses / calls),
    smeCallResponses: row?.sme_responses ?? 0,
    smeShareOfCallResponses: ratio(row?.sme_responses ?? 0, responses),
    callAwards: awards,
    smeCallAwards: row?.sme_awards ?? 0,
    smeShareOfCallAwards: ratio(row?.sme_awards ?? 0, awards),
    medianDaysToCallDecision: oneDecimal(row?.median_days ?? null),
  };
}

function eventFigures({ fromEvents, events, participants }: Parts) {
  const held = events?.events ?? 0;
  const meetings = events?.meetings ?? 0;
  const organisations = participants?.organisations ?? 0;
  const smes = participants?.sme_organisations ?? 0;
  return {
    matchesFromEvents: fromEvents,
    eventsHeld: held,
    eventMeetingsHeld: meetings,
    meetingsPerEvent: held === 0 ? null : oneDecimal(meetings / held),
    eventOrganisations: organisations,
    smeEventOrganisations: smes,
    smeShareOfEventParticipants: ratio(smes, organisations),
  };
}

function figures(parts: Parts): Totals {
  const { cohort, introduced, pilots, deployments, conversationsStarted, meetingsHeld } = parts;
  const posted = cohort?.posted ?? 0;
  const within = cohort?.within_14_days ?? 0;
  const providers = introduced?.providers ?? 0;
  const sme = introduced?.sme_providers ?? 0;
  const introductions = introduced?.introductions ?? 0;
  const withConversation = introduced?.with_conversation ?? 0;
  return {
    challengesPosted: posted,
    matchedWithin14Days: within,
    shareMatchedWithin14Days: ratio(within, posted),
    medianDaysToFirstAcceptedMatch: oneDecimal(cohort?.median_days ?? null),
    introductions,
    pilots,
    deployments,
    matchedProviders: providers,
    smeProviders: sme,
    smeShare: ratio(sme, providers),
    conversationsStarted,
    introductionsWithConversation: withConversation,
    shareIntroductionsWithConversation: ratio(withConversation, introductions),
    meetingsHeld,
    ...eventFigures(parts),
    ...callFiguresOf(parts.calls),
  };
}

const countIn = (rows: repository.MonthCountRow[], month: string | null): number =>
  rows.find((row) => row.month === month)?.count ?? 0;

export async function indicatorReport(db: Database, filter: IndicatorFilter, now: Date): Promise<IndicatorReport> {
  const [cohorts, introductions, outcomes, conversations, meetings, open, ambassadors] = await Promise.all([
    repository.postedCohorts(db, filter),
    repository.introductions(db, filter),
    repository.outcomes(db, filter),
    repository.conversationsStarted(db, filter),
    repository.meetingsHeld(db, filter, now),
    repository.openByAge(db, filter, now),
    filter.scope === 'full' ? repository.perAmbassador(db, filter) : Promise.resolve(null),
  ]);
  const [fromEvents, events, participants, calls] = await Promise.all([
    repository.matchesFromEvents(db, filter),
    repository.eventMeetings(db, filter, now),
    repository.eventParticipants(db, filter),
    callFigures(db, filter),
  ]);
  const outcome = (month: string | null, kind: 'pilot' | 'deployed') =>
    outcomes.find((row) => row.month === month && row.outcome === kind)?.matches ?? 0;
  const partsOf = (month: string | null): Parts => ({
    cohort: cohorts.find((row) => row.month === month),
    introduced: introductions.find((row) => row.month === month),
    pilots: outcome(month, 'pilot'),
    deployments: outcome(month, 'deployed'),
    conversationsStarted: countIn(conversations, month),
    meetingsHeld: countIn(meetings, month),
    fromEvents: countIn(fromEvents, month),
    events: events.find((row) => row.month === month),
    participants: participants.find((row) => row.month === month),
    calls: calls.find((row) => row.month === month),
  });
  return {
    filter,
    months: monthsBetween(filter.from, filter.to).map((month) => ({ month, ...figures(partsOf(month)) })),
    totals: figures(partsOf(null)),
    openByAge: AGE_BUCKETS.map((age) => ({ age, challenges: open.find((row) => row.age === age)?.challenges ?? 0 })),
    ambassadors:
      ambassadors?.map((row) => ({
        id: row.id,
        name: row.name,
        challengesPosted: row.posted,
        introductions: row.introductions,
        openChallenges: row.open,
      })) ?? null,
  };
}

/** The ambassadors the full dashboard can be filtered by. */
export async function ambassadorChoices(db: Database): Promise<{ id: string; name: string }[]> {
  return repository.ambassadorChoices(db);
}
