// Filters and report shapes of the indicators, validated and documented from these TypeBox schemas.
import { Type, type Static } from 'typebox';
import { Id } from '../http/schemas.ts';
import type { FieldProblem } from '../shared/errors.ts';
import { REGIONS, SECTORS, keysOf } from '../taxonomy/taxonomy.ts';

/** The months a report may cover, and how many at once: checked before any query, so no request asks for centuries. */
export const FIRST_MONTH = '2000-01';
export const LAST_MONTH = '2100-12';
export const MAX_MONTHS = 60;

const Month = Type.String({
  pattern: '^(20[0-9]{2}|2100)-(0[1-9]|1[0-2])$',
  description: `A calendar month, YYYY-MM (Brussels time), from ${FIRST_MONTH} to ${LAST_MONTH}.`,
});

const publicFilters = {
  from: Type.Optional(Month),
  to: Type.Optional(Month),
  sector: Type.Optional(Type.Enum(keysOf(SECTORS))),
  spearhead: Type.Optional(Type.Integer({ minimum: 1, maximum: 9 })),
  region: Type.Optional(
    Type.Enum(keysOf(REGIONS), { description: 'A NUTS code; BE2 (Flanders) includes its provinces BE21–BE25.' }),
  ),
};

export const PublicIndicatorQuery = Type.Object(publicFilters, {
  description: `A period of at most ${MAX_MONTHS} months; without one, the last twelve.`,
});
export const FullIndicatorQuery = Type.Object({ ...publicFilters, ambassador: Type.Optional(Id) });
export type FullIndicatorQuery = Static<typeof FullIndicatorQuery>;

/** A month the schema refused is named with the range it must lie in, rather than as merely "not valid". */
export function withMonthRange(problems: FieldProblem[]): FieldProblem[] {
  return problems.map((problem) =>
    problem.field === 'from' || problem.field === 'to'
      ? { field: problem.field, message: 'indicators.error_month', params: { min: FIRST_MONTH, max: LAST_MONTH } }
      : problem,
  );
}

const Share = Type.Union([Type.Number({ minimum: 0, maximum: 1 }), Type.Null()], {
  description: 'A fraction between 0 and 1; null when there is nothing to divide by.',
});
const Days = Type.Union([Type.Number(), Type.Null()]);

const figures = {
  challengesPosted: Type.Integer({ description: 'Challenges published in the period.' }),
  matchedWithin14Days: Type.Integer({
    description: 'Of those, how many had a match accepted by both sides at most 14 days after publication.',
  }),
  shareMatchedWithin14Days: Share,
  medianDaysToFirstAcceptedMatch: Days,
  introductions: Type.Integer({
    description: 'Matches accepted by both sides (double opt-in), by the month of the second acceptance.',
  }),
  pilots: Type.Integer({ description: 'Matches that started a pilot in the period.' }),
  deployments: Type.Integer({ description: 'Matches whose solution was deployed in the period.' }),
  matchedProviders: Type.Integer({
    description: 'Distinct provider organisations with an introduction in the period.',
  }),
  smeProviders: Type.Integer(),
  smeShare: Share,
  conversationsStarted: Type.Integer({
    description:
      'Introductions whose conversation got its first message in the period (by that message; messages an ambassador sent to all matches of a challenge at once do not start one).',
  }),
  introductionsWithConversation: Type.Integer({
    description: 'Of the introductions in the period, how many have had a message in their conversation so far.',
  }),
  shareIntroductionsWithConversation: Share,
  meetingsHeld: Type.Integer({
    description:
      'Confirmed meetings between the sides of an introduction whose chosen time slot ended in the period (cancelled ones not counted).',
  }),
  matchesFromEvents: Type.Integer({
    description:
      'Matches that came from a matchmaking day: a participant said "next step" on a challenge and a solution after a meeting there (a new match, or an existing one linked to it), by the month that was said.',
  }),
  eventsHeld: Type.Integer({
    description:
      'Matchmaking days that took place (ended) in the period. These event figures follow the sector and spearhead filters through the events’ target sectors and spearheads and the ambassador filter through their organiser; events have no region.',
  }),
  eventMeetingsHeld: Type.Integer({
    description: 'Meetings placed at those matchmaking days, except those recorded as missed.',
  }),
  meetingsPerEvent: Type.Union([Type.Number(), Type.Null()], {
    description: 'Meetings held per matchmaking day, on average (one decimal); null without events.',
  }),
  eventOrganisations: Type.Integer({
    description: 'Distinct organisations with a participant at a matchmaking day of the period.',
  }),
  smeEventOrganisations: Type.Integer(),
  smeShareOfEventParticipants: Share,
  callsOpened: Type.Integer({
    description:
      'Open calls opened in the period. The call figures count the calls opened in the period and follow every filter through the call’s challenge.',
  }),
  callResponses: Type.Integer({ description: 'Responses submitted to those calls (not drafts, not withdrawn).' }),
  responsesPerCall: Type.Union([Type.Number(), Type.Null()], {
    description: 'Submitted responses per call opened, on average (one decimal); null without calls.',
  }),
  smeCallResponses: Type.Integer({ description: 'Of those responses, how many came from an SME.' }),
  smeShareOfCallResponses: Share,
  callAwards: Type.Integer({ description: 'Responses to those calls that were awarded.' }),
  smeCallAwards: Type.Integer(),
  smeShareOfCallAwards: Share,
  medianDaysToCallDecision: Type.Union([Type.Number(), Type.Null()], {
    description: 'Median days from a call’s opening to its decision, of those calls decided so far.',
  }),
};

export const MonthFigures = Type.Object({ month: Month, ...figures });
export type MonthFigures = Static<typeof MonthFigures>;
export const Totals = Type.Object(figures);
export type Totals = Static<typeof Totals>;

export const AGE_BUCKETS = ['under_30_days', '30_to_89_days', '90_to_179_days', '180_days_or_more'] as const;
export type AgeBucket = (typeof AGE_BUCKETS)[number];

const OpenByAge = Type.Array(Type.Object({ age: Type.Enum([...AGE_BUCKETS]), challenges: Type.Integer() }), {
  description:
    'Open challenges (published, matched or in progress) today, by days since publication; not limited to the period.',
});

const AppliedFilters = Type.Object({
  from: Month,
  to: Month,
  sector: Type.Union([Type.String(), Type.Null()]),
  spearhead: Type.Union([Type.Integer(), Type.Null()]),
  region: Type.Union([Type.String(), Type.Null()]),
});

export const PublicIndicators = Type.Object({
  scope: Type.Literal('public', { description: 'Public figures count publicly classified challenges only.' }),
  filters: AppliedFilters,
  months: Type.Array(MonthFigures),
  totals: Totals,
  openByAge: OpenByAge,
});

export const AmbassadorFigures = Type.Object({
  id: Type.String(),
  name: Type.String(),
  challengesPosted: Type.Integer(),
  introductions: Type.Integer(),
  openChallenges: Type.Integer(),
});
export type AmbassadorFigures = Static<typeof AmbassadorFigures>;

export const FullIndicators = Type.Object({
  scope: Type.Literal('full'),
  filters: Type.Object({ ...AppliedFilters.properties, ambassador: Type.Union([Type.String(), Type.Null()]) }),
  months: Type.Array(MonthFigures),
  totals: Totals,
  openByAge: OpenByAge,
  ambassadors: Type.Array(AmbassadorFigures),
});
