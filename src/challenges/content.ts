// A challenge's own content for the item kernel: its input mapped to columns, and its horizon checked.
import type { ChallengeRow } from '../db/schema.ts';
import type { ItemContent } from '../items/service.ts';
import type { ChallengeInput, ChallengeUpdate } from './schemas.ts';
import { belgianToday, horizonProblems } from './horizon.ts';

/** Input fields to columns; only the fields given are returned, so it serves updates too. */
export function toColumns(input: ChallengeInput | ChallengeUpdate): Partial<ChallengeRow> {
  const columns: Partial<ChallengeRow> = {};
  if (input.title !== undefined) columns.title = input.title;
  if (input.description !== undefined) columns.description = input.description;
  if (input.sectors !== undefined) columns.sectors = input.sectors;
  if (input.spearheads !== undefined) columns.spearheads = input.spearheads;
  if (input.region !== undefined) columns.region = input.region;
  if (input.language !== undefined) columns.language = input.language;
  if (input.urgency !== undefined) columns.urgency = input.urgency;
  if (input.deadline !== undefined || input.durationMonths !== undefined) {
    columns.deadline = input.deadline ?? null;
    columns.duration_months = input.durationMonths ?? null;
  }
  if (input.desiredKinds !== undefined) columns.desired_kinds = input.desiredKinds;
  if (input.classification !== undefined) columns.classification = input.classification;
  return columns;
}

export const challengeContent: ItemContent<'challenge', ChallengeInput, ChallengeUpdate> = {
  kind: 'challenge',
  defaults: {},
  toColumns,
  // The stored deadline stays acceptable after it has passed, so an older challenge can still be edited.
  problems: (content, now, before) =>
    horizonProblems(content.deadline, content.duration_months, belgianToday(now), before?.deadline),
};
