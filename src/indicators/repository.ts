// The indicators, computed in SQL from the live tables each time they are asked for, so the figures
// can never drift from the data. Months are calendar months in Brussels time.
import { sql, type RawBuilder } from 'kysely';
import type { Database } from '../db/database.ts';
import type { AgeBucket } from './schemas.ts';

export interface IndicatorFilter {
  /** First and last month of the period, YYYY-MM. */
  from: string;
  to: string;
  sector?: string;
  spearhead?: number;
  /** A NUTS code; a challenge in a region below it (a province of Flanders) counts too. */
  region?: string;
  ambassador?: string;
  /** Public figures count only publicly classified challenges. */
  scope: 'public' | 'full';
}

const ZONE = sql.raw(`'Europe/Brussels'`);
const OPEN = sql.raw(`('published', 'matched', 'in_progress')`);
/** Both sides accepted: the moment of the second acceptance is the moment of the match. */
const ACCEPTED = sql.raw('m.challenge_accepted_at IS NOT NULL AND m.solution_accepted_at IS NOT NULL');
const ACCEPTED_AT = sql.raw('greatest(m.challenge_accepted_at, m.solution_accepted_at)');

/** Rows are grouped by this timestamp (cheaper to sort than text); only the groups are turned into YYYY-MM. */
export function monthOf(column: RawBuilder<unknown>): RawBuilder<Date> {
  return sql<Date>`date_trunc('month', ${column} AT TIME ZONE ${ZONE})`;
}

export function monthText(month: RawBuilder<Date>): RawBuilder<string> {
  return sql<string>`to_char(${month}, 'YYYY-MM')`;
}

/**
 * Runs one aggregate over tens of thousands of rows with hash joins: the planner otherwise picks a
 * nested loop of index probes per row, which measured about twice as slow on 100,000 matches.
 */
export async function aggregate<R>(db: Database, query: RawBuilder<R>): Promise<R[]> {
  return db.transaction().execute(async (tx) => {
    await sql`SET LOCAL enable_nestloop = off`.execute(tx);
    return (await query.execute(tx)).rows;
  });
}

export function nextMonth(month: string): string {
  const [year, number] = month.split('-').map(Number) as [number, number];
  return number === 12 ? `${year + 1}-01` : `${year}-${String(number + 1).padStart(2, '0')}`;
}

const OFFSET = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Brussels', timeZoneName: 'longOffset' });

/** Midnight on the first of the month in Brussels, as an instant. Computed here, so the database
 * compares each row with a constant instead of converting the bound's time zone for every row. */
export function monthStart(month: string): string {
  const offset =
    OFFSET.formatToParts(new Date(`${month}-01T00:00:00Z`)).find((part) => part.type === 'timeZoneName')?.value ??
    'GMT';
  return `${month}-01T00:00:00${offset === 'GMT' ? '+00:00' : offset.slice(3)}`;
}

function periodStart(filter: IndicatorFilter): RawBuilder<Date> {
  return sql<Date>`${monthStart(filter.from)}::timestamptz`;
}

export function period(column: RawBuilder<unknown>, filter: IndicatorFilter): RawBuilder<boolean> {
  return sql<boolean>`${column} >= ${periodStart(filter)} AND ${column} < ${monthStart(nextMonth(filter.to))}::timestamptz`;
}

/** The filters, as conditions on the challenge (alias c) an indicator is about. */
export function challengeConditions(filter: IndicatorFilter): RawBuilder<boolean> {
  const parts: RawBuilder<unknown>[] = [sql`true`];
  if (filter.scope === 'public') parts.push(sql`c.classification = 'public'`);
  if (filter.sector) parts.push(sql`${filter.sector}::text = ANY(c.sectors)`);
  if (filter.spearhead) parts.push(sql`${filter.spearhead}::integer = ANY(c.spearheads)`);
  if (filter.region) parts.push(sql`c.region LIKE ${`${filter.region}%`}`);
  if (filter.ambassador) parts.push(sql`c.assigned_ambassador_id = ${filter.ambassador}::uuid`);
  return sql<boolean>`(${sql.join(parts, sql` AND `)})`;
}

/** Rows grouped per month plus one grand total row whose month is null. */
export interface CohortRow {
  month: string | null;
  posted: number;
  within_14_days: number;
  median_days: number | null;
}

export async function postedCohorts(db: Database, filter: IndicatorFilter): Promise<CohortRow[]> {
  return aggregate(db, cohortQuery(filter));
}

/** Challenges published per month, and for each month's challenges how soon they got their first accepted match. */
export function cohortQuery(filter: IndicatorFilter): RawBuilder<CohortRow> {
  const month = monthOf(sql.raw('published_at'));
  // A match is accepted after its challenge was published, so acceptances before the period cannot be a first one here.
  return sql<CohortRow>`
    WITH first_acceptance AS (
      SELECT m.challenge_id, min(${ACCEPTED_AT}) AS accepted_at FROM matches m
      WHERE ${ACCEPTED} AND ${ACCEPTED_AT} >= ${periodStart(filter)} GROUP BY m.challenge_id
    ), cohort AS (
      SELECT c.published_at, f.accepted_at FROM challenges c LEFT JOIN first_acceptance f ON f.challenge_id = c.id
      WHERE ${period(sql.raw('c.published_at'), filter)} AND ${challengeConditions(filter)}
    )
    SELECT ${monthText(month)} AS month, count(*)::integer AS posted,
      (count(*) FILTER (WHERE accepted_at <= published_at + interval '14 days'))::integer AS within_14_days,
      percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM accepted_at - published_at)::double precision / 86400) AS median_days
    FROM cohort GROUP BY GROUPING SETS ((${month}), ())`;
}

export interface IntroductionRow {
  month: string | null;
  introductions: number;
  with_conversation: number;
  providers: number;
  sme_providers: number;
}

/** A message written in this match's own conversation; a message an ambassador sent to all matches at once starts none. */
const OWN_MESSAGE = sql.raw('NOT cm.to_all_matches');

export async function introductions(db: Database, filter: IndicatorFilter): Promise<IntroductionRow[]> {
  return aggregate(db, introductionQuery(filter));
}

/**
 * Matches accepted by both sides per month, how many of them have had a conversation so far, and the
 * distinct providers behind them and how many are SMEs.
 */
export function introductionQuery(filter: IndicatorFilter): RawBuilder<IntroductionRow> {
  const month = monthOf(ACCEPTED_AT);
  return sql<IntroductionRow>`
    SELECT ${monthText(month)} AS month, count(*)::integer AS introductions,
      (count(*) FILTER (WHERE EXISTS (
        SELECT 1 FROM conversation_messages cm WHERE cm.match_id = m.id AND ${OWN_MESSAGE}
      )))::integer AS with_conversation,
      count(DISTINCT s.provider_organisation_id)::integer AS providers,
      (count(DISTINCT s.provider_organisation_id) FILTER (WHERE o.is_sme))::integer AS sme_providers
    FROM matches m JOIN challenges c ON c.id = m.challenge_id
      JOIN solutions s ON s.id = m.solution_id JOIN organisations o ON o.id = s.provider_organisation_id
    WHERE ${ACCEPTED} AND ${period(ACCEPTED_AT, filter)} AND ${challengeConditions(filter)}
    GROUP BY GROUPING SETS ((${month}), ())`;
}

/** A count per month plus one grand total row whose month is null. */
export interface MonthCountRow {
  month: string | null;
  count: number;
}

export async function conversationsStarted(db: Database, filter: IndicatorFilter): Promise<MonthCountRow[]> {
  return aggregate(db, conversationQuery(filter));
}

/** Introductions per month of their conversation's first own message. */
export function conversationQuery(filter: IndicatorFilter): RawBuilder<MonthCountRow> {
  const month = monthOf(sql.raw('f.first_at'));
  return sql<MonthCountRow>`
    WITH first_message AS (
      SELECT cm.match_id, min(cm.created_at) AS first_at FROM conversation_messages cm
      WHERE ${OWN_MESSAGE} GROUP BY cm.match_id
    )
    SELECT ${monthText(month)} AS month, count(*)::integer AS count
    FROM first_message f JOIN matches m ON m.id = f.match_id JOIN challenges c ON c.id = m.challenge_id
    WHERE ${ACCEPTED} AND ${period(sql.raw('f.first_at'), filter)} AND ${challengeConditions(filter)}
    GROUP BY GROUPING SETS ((${month}), ())`;
}

export async function meetingsHeld(db: Database, filter: IndicatorFilter, now: Date): Promise<MonthCountRow[]> {
  return aggregate(db, meetingQuery(filter, now));
}

/** Confirmed meetings per month in which their chosen slot ended; one still under way or ahead is not held yet. */
export function meetingQuery(filter: IndicatorFilter, now: Date): RawBuilder<MonthCountRow> {
  const ended = sql.raw(`(s.starts_at + s.duration_minutes * interval '1 minute')`);
  const month = monthOf(ended);
  return sql<MonthCountRow>`
    SELECT ${monthText(month)} AS month, count(*)::integer AS count
    FROM meetings mt JOIN meeting_slots s ON s.meeting_id = mt.id AND s.chosen
      JOIN matches m ON m.id = mt.match_id JOIN challenges c ON c.id = m.challenge_id
    WHERE mt.status = 'confirmed' AND ${ended} <= ${now}::timestamptz AND ${period(ended, filter)}
      AND ${challengeConditions(filter)}
    GROUP BY GROUPING SETS ((${month}), ())`;
}

export interface OutcomeRow {
  month: string | null;
  outcome: 'pilot' | 'deployed';
  matches: number;
}

export async function outcomes(db: Database, filter: IndicatorFilter): Promise<OutcomeRow[]> {
  return aggregate(db, outcomeQuery(filter));
}

/** Pilots and deployments per month: matches for which an ambassador recorded that outcome (each match reaches each once). */
export function outcomeQuery(filter: IndicatorFilter): RawBuilder<OutcomeRow> {
  const month = monthOf(sql.raw('e.occurred_at'));
  return sql<OutcomeRow>`
    SELECT ${monthText(month)} AS month, e.action AS outcome, count(DISTINCT e.match_id)::integer AS matches
    FROM match_events e JOIN matches m ON m.id = e.match_id JOIN challenges c ON c.id = m.challenge_id
    WHERE e.action IN ('pilot', 'deployed') AND ${period(sql.raw('e.occurred_at'), filter)} AND ${challengeConditions(filter)}
    GROUP BY GROUPING SETS ((${month}, e.action), (e.action))`;
}

/**
 * The filters, as conditions on a matchmaking day (alias e): its target sectors and spearheads, and its
 * organiser for the ambassador filter. Events have no region, so the region filter leaves them be.
 */
function eventConditions(filter: IndicatorFilter): RawBuilder<boolean> {
  const parts: RawBuilder<unknown>[] = [sql`true`];
  if (filter.sector) parts.push(sql`${filter.sector}::text = ANY(e.sectors)`);
  if (filter.spearhead) parts.push(sql`${filter.spearhead}::integer = ANY(e.spearheads)`);
  if (filter.ambassador) parts.push(sql`e.created_by = ${filter.ambassador}::uuid`);
  return sql<boolean>`(${sql.join(parts, sql` AND `)})`;
}

export interface EventRow {
  month: string | null;
  events: number;
  meetings: number;
}

export async function eventMeetings(db: Database, filter: IndicatorFilter, now: Date): Promise<EventRow[]> {
  return aggregate(db, eventMeetingQuery(filter, now));
}

/** Matchmaking days that ended, by the month they took place, and their placed meetings not recorded as missed. */
export function eventMeetingQuery(filter: IndicatorFilter, now: Date): RawBuilder<EventRow> {
  const month = monthOf(sql.raw('e.starts_at'));
  return sql<EventRow>`
    SELECT ${monthText(month)} AS month, count(DISTINCT e.id)::integer AS events, count(r.id)::integer AS meetings
    FROM matchmaking_events e LEFT JOIN matchmaking_requests r ON r.event_id = e.id AND r.status = 'accepted'
      AND r.slot IS NOT NULL AND r.attendance IS DISTINCT FROM 'no_show'
    WHERE e.ends_at <= ${now}::timestamptz AND ${period(sql.raw('e.starts_at'), filter)} AND ${eventConditions(filter)}
    GROUP BY GROUPING SETS ((${month}), ())`;
}

export interface EventParticipantRow {
  month: string | null;
  organisations: number;
  sme_organisations: number;
}

/** The distinct organisations taking part in matchmaking days of the period, and how many are SMEs. */
export async function eventParticipants(db: Database, filter: IndicatorFilter): Promise<EventParticipantRow[]> {
  const month = monthOf(sql.raw('e.starts_at'));
  return aggregate(
    db,
    sql<EventParticipantRow>`
    SELECT ${monthText(month)} AS month, count(DISTINCT p.organisation_id)::integer AS organisations,
      (count(DISTINCT p.organisation_id) FILTER (WHERE o.is_sme))::integer AS sme_organisations
    FROM matchmaking_participants p JOIN matchmaking_events e ON e.id = p.event_id
      JOIN organisations o ON o.id = p.organisation_id
    WHERE ${period(sql.raw('e.starts_at'), filter)} AND ${eventConditions(filter)}
    GROUP BY GROUPING SETS ((${month}), ())`,
  );
}

export async function matchesFromEvents(db: Database, filter: IndicatorFilter): Promise<MonthCountRow[]> {
  return aggregate(db, matchesFromEventQuery(filter));
}

/** Matches linked to a matchmaking meeting, by the month of the link (one "event" step per match). */
export function matchesFromEventQuery(filter: IndicatorFilter): RawBuilder<MonthCountRow> {
  const month = monthOf(sql.raw('x.occurred_at'));
  return sql<MonthCountRow>`
    SELECT ${monthText(month)} AS month, count(DISTINCT x.match_id)::integer AS count
    FROM match_events x JOIN matches m ON m.id = x.match_id JOIN challenges c ON c.id = m.challenge_id
    WHERE x.action = 'event' AND ${period(sql.raw('x.occurred_at'), filter)} AND ${challengeConditions(filter)}
    GROUP BY GROUPING SETS ((${month}), ())`;
}

/** Open challenges today by days since publication (a snapshot: the period does not apply). */
export async function openByAge(
  db: Database,
  filter: IndicatorFilter,
  now: Date,
): Promise<{ age: AgeBucket; challenges: number }[]> {
  const age = sql`${now}::timestamptz - coalesce(c.published_at, c.created_at)`;
  const result = await sql<{ age: AgeBucket; challenges: number }>`
    SELECT CASE WHEN ${age} < interval '30 days' THEN 'under_30_days'
                WHEN ${age} < interval '90 days' THEN '30_to_89_days'
                WHEN ${age} < interval '180 days' THEN '90_to_179_days'
                ELSE '180_days_or_more' END AS age,
      count(*)::integer AS challenges
    FROM challenges c WHERE c.status IN ${OPEN} AND ${challengeConditions(filter)}
    GROUP BY 1`.execute(db);
  return result.rows;
}

export interface AmbassadorRow {
  id: string;
  name: string;
  posted: number;
  introductions: number;
  open: number;
}

/** Per ambassador: the challenges they curate that were published in the period, introduced, and still open. */
export async function perAmbassador(db: Database, filter: IndicatorFilter): Promise<AmbassadorRow[]> {
  const conditions = challengeConditions(filter);
  return aggregate(
    db,
    sql<AmbassadorRow>`
    WITH posted AS (
      SELECT c.assigned_ambassador_id AS id, count(*)::integer AS n FROM challenges c
      WHERE ${period(sql.raw('c.published_at'), filter)} AND ${conditions} GROUP BY 1
    ), introduced AS (
      SELECT c.assigned_ambassador_id AS id, count(*)::integer AS n FROM matches m JOIN challenges c ON c.id = m.challenge_id
      WHERE ${ACCEPTED} AND ${period(ACCEPTED_AT, filter)} AND ${conditions} GROUP BY 1
    ), still_open AS (
      SELECT c.assigned_ambassador_id AS id, count(*)::integer AS n FROM challenges c
      WHERE c.status IN ${OPEN} AND ${conditions} GROUP BY 1
    )
    SELECT p.id, p.display_name AS name, coalesce(posted.n, 0) AS posted, coalesce(introduced.n, 0) AS introductions, coalesce(still_open.n, 0) AS open
    FROM people p
    LEFT JOIN posted ON posted.id = p.id LEFT JOIN introduced ON introduced.id = p.id LEFT JOIN still_open ON still_open.id = p.id
    WHERE posted.n IS NOT NULL OR introduced.n IS NOT NULL OR still_open.n IS NOT NULL
    ORDER BY p.display_name, p.id`,
  );
}

/** The people an ambassador filter can name: ambassadors and admins who have not been erased. */
export async function ambassadorChoices(db: Database): Promise<{ id: string; name: string }[]> {
  const result = await sql<{ id: string; name: string }>`
    SELECT id, display_name AS name FROM people WHERE role IN ('ambassador', 'admin') AND erased_at IS NULL ORDER BY display_name, id`.execute(
    db,
  );
  return result.rows;
}
