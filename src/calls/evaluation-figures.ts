// The figures of an evaluation: each member's weighted total of a response (Σ weight × score / 10, so
// 0–100 with weights summing to 100), the spread of those totals (min, max, population standard
// deviation), and the panel's average per criterion that a respondent's feedback shows.
export interface Criterion {
  id: string;
  weight: number;
}

export interface Score {
  personId: string;
  criterionId: string;
  score: number;
}

const round = (value: number) => Math.round(value * 100) / 100;

/** Each member's weighted total, only for members who scored every criterion (a partial total would mislead). */
export function memberTotals(criteria: Criterion[], scores: Score[]): Map<string, number> {
  const byMember = new Map<string, Map<string, number>>();
  for (const s of scores) {
    const own = byMember.get(s.personId) ?? new Map<string, number>();
    own.set(s.criterionId, s.score);
    byMember.set(s.personId, own);
  }
  const totals = new Map<string, number>();
  for (const [member, own] of byMember) {
    if (!criteria.every((c) => own.has(c.id))) continue;
    totals.set(member, round(criteria.reduce((sum, c) => sum + (c.weight * (own.get(c.id) ?? 0)) / 10, 0)));
  }
  return totals;
}

export function spread(totals: number[]) {
  if (totals.length === 0) return { mean: null, min: null, max: null, standardDeviation: null };
  const mean = totals.reduce((a, b) => a + b, 0) / totals.length;
  const variance = totals.reduce((sum, x) => sum + (x - mean) ** 2, 0) / totals.length;
  return {
    mean: round(mean),
    min: Math.min(...totals),
    max: Math.max(...totals),
    standardDeviation: round(Math.sqrt(variance)),
  };
}

/** The panel's average score per criterion, and the weighted total of those averages. */
export function panelAverages(criteria: Criterion[], scores: Score[]) {
  const averages = new Map<string, number>();
  for (const c of criteria) {
    const given = scores.filter((s) => s.criterionId === c.id).map((s) => s.score);
    if (given.length) averages.set(c.id, round(given.reduce((a, b) => a + b, 0) / given.length));
  }
  const total = round(criteria.reduce((sum, c) => sum + (c.weight * (averages.get(c.id) ?? 0)) / 10, 0));
  return { averages, total };
}
