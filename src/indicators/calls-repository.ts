// The open calls' indicators in SQL: calls by the month they opened (Brussels time), with their submitted
// responses, awards, the SMEs among both, and the days from opening to the decision. The filters apply
// through the call's challenge, as for every challenge indicator.
import { sql, type RawBuilder } from 'kysely';
import type { Database } from '../db/database.ts';
import { aggregate, challengeConditions, monthOf, monthText, period, type IndicatorFilter } from './repository.ts';

export interface CallRow {
  month: string | null;
  calls: number;
  responses: number;
  sme_responses: number;
  awards: number;
  sme_awards: number;
  median_days: number | null;
}

export async function callFigures(db: Database, filter: IndicatorFilter): Promise<CallRow[]> {
  return aggregate(db, callQuery(filter));
}

/** Calls opened in the period (a call opened stays counted), each with its responses and awards so far. */
export function callQuery(filter: IndicatorFilter): RawBuilder<CallRow> {
  const month = monthOf(sql.raw('opened_at'));
  return sql<CallRow>`
    WITH opened AS (
      SELECT k.id, k.opened_at, k.decided_at FROM calls k JOIN challenges c ON c.id = k.challenge_id
      WHERE k.status = 'open' AND ${period(sql.raw('k.opened_at'), filter)} AND ${challengeConditions(filter)}
    ), per_call AS (
      SELECT x.id, x.opened_at, x.decided_at,
        count(r.id) FILTER (WHERE r.status = 'submitted') AS responses,
        count(r.id) FILTER (WHERE r.status = 'submitted' AND o.is_sme) AS sme_responses,
        count(r.id) FILTER (WHERE r.decision = 'award') AS awards,
        count(r.id) FILTER (WHERE r.decision = 'award' AND o.is_sme) AS sme_awards
      FROM opened x LEFT JOIN call_responses r ON r.call_id = x.id
        LEFT JOIN organisations o ON o.id = r.organisation_id
      GROUP BY x.id, x.opened_at, x.decided_at
    )
    SELECT ${monthText(month)} AS month, count(*)::integer AS calls, sum(responses)::integer AS responses,
      sum(sme_responses)::integer AS sme_responses, sum(awards)::integer AS awards, sum(sme_awards)::integer AS sme_awards,
      percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM decided_at - opened_at)::double precision / 86400)
        FILTER (WHERE decided_at IS NOT NULL) AS median_days
    FROM per_call GROUP BY GROUPING SETS ((${month}), ())`;
}
