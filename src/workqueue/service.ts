// The ambassador's work queue: what waits on them in the spearheads they curate, each entry with the
// date by which it needs attention, soonest first, and the counts per spearhead.
//   review    submitted items and open calls; due `waitingDays` after submission (as for matches)
//   changed   published items whose owner changed their content since review; due `waitingDays` after
//             the first unchecked change (see changes.ts)
//   unmatched published challenges without an accepted match; due when the challenge expires
//   waiting   proposed matches a side has not answered; due when the match would expire unanswered
//   expiring  open challenges expiring within `expiryNoticeDays`; due when they expire
import type { Services } from '../app-types.ts';
import type { Viewer } from '../shared/viewer.ts';
import { curatesItem, type GuardedItem } from '../items/permissions.ts';
import type { ItemKind } from '../shared/item-kind.ts';
import type { Translator } from '../i18n/translator.ts';
import { loadItemFacts, titleFor } from '../items/withheld.ts';
import * as repository from './repository.ts';
import { mayCheckChanges, netChanges, type FieldChange } from './changes.ts';
import { itemPath } from '../items/kinds.ts';
import { listCalls, mayReview } from '../calls/service.ts';

export const SECTIONS = ['review', 'changed', 'unmatched', 'waiting', 'expiring'] as const;
export type Section = (typeof SECTIONS)[number];

export interface QueueEntry {
  kind: ItemKind | 'match' | 'call';
  id: string;
  title: string;
  href: string;
  spearheads: number[];
  deadline: string | null;
  /** In "changed": per changed field, the value at the last review and the value now. */
  changes?: FieldChange[];
}

export interface WorkQueue {
  sections: Record<Section, QueueEntry[]>;
  /** Per spearhead (null: items without one), how many entries each section holds. */
  bySpearhead: ({ spearhead: number | null } & Record<Section, number>)[];
}

const DAY_MS = 86_400_000;

interface Candidate {
  id: string;
  title: string;
  spearheads: number[];
  classification: GuardedItem['classification'];
  status: string;
  organisation_id: string;
  assigned_ambassador_id?: string | null;
}

const guardOf = (kind: ItemKind, row: Candidate): GuardedItem => ({
  kind,
  organisationId: row.organisation_id,
  classification: row.classification,
  status: row.status,
  spearheads: row.spearheads,
  assignedAmbassadorId: row.assigned_ambassador_id ?? null,
});

const curated = (viewer: Viewer, kind: ItemKind, row: Candidate): boolean => curatesItem(viewer, guardOf(kind, row));

const addDays = (date: Date | null, days: number) =>
  date ? new Date(date.getTime() + days * DAY_MS).toISOString() : null;
const iso = (date: Date | null) => (date ? date.toISOString() : null);

function itemEntry(kind: ItemKind, row: Candidate, deadline: string | null): QueueEntry {
  return {
    kind,
    id: row.id,
    title: row.title,
    href: itemPath(kind, row.id),
    spearheads: row.spearheads,
    deadline,
  };
}

type ChangeRow = Candidate & Parameters<typeof netChanges>[0][number] & { changed_at: Date };

/** One entry per changed item the viewer curates, with its changes since review field by field. */
function changedEntries(viewer: Viewer, kind: ItemKind, rows: ChangeRow[], waitingDays: number): QueueEntry[] {
  const byItem = new Map<string, ChangeRow[]>();
  for (const row of rows) byItem.set(row.id, [...(byItem.get(row.id) ?? []), row]);
  return [...byItem.values()].flatMap((changes) => {
    const first = changes[0] as ChangeRow;
    if (!mayCheckChanges(viewer, guardOf(kind, first))) return [];
    const entry = itemEntry(kind, first, addDays(first.changed_at, waitingDays));
    return [{ ...entry, href: `${entry.href}#changes`, changes: netChanges(changes) }];
  });
}

/** Soonest deadline first; entries without one last, then by title for a stable order. */
function byDeadline(a: QueueEntry, b: QueueEntry): number {
  if (a.deadline !== b.deadline)
    return a.deadline === null ? 1 : b.deadline === null ? -1 : a.deadline.localeCompare(b.deadline);
  return a.title.localeCompare(b.title);
}

function countsPerSpearhead(viewer: Viewer, sections: Record<Section, QueueEntry[]>): WorkQueue['bySpearhead'] {
  const rows = new Map<number | null, Record<Section, number>>();
  const curatesAll = viewer.role === 'admin' || viewer.spearheads.length === 0;
  for (const section of SECTIONS) {
    for (const entry of sections[section]) {
      const own = entry.spearheads.filter((s) => curatesAll || viewer.spearheads.includes(s));
      for (const spearhead of own.length ? own : [null]) {
        const row = rows.get(spearhead) ?? { review: 0, changed: 0, unmatched: 0, waiting: 0, expiring: 0 };
        row[section] += 1;
        rows.set(spearhead, row);
      }
    }
  }
  return [...rows.entries()]
    .sort(([a], [b]) => (a ?? Infinity) - (b ?? Infinity))
    .map(([spearhead, counts]) => ({ spearhead, ...counts }));
}

export async function workQueue(services: Services, viewer: Viewer, t: Translator): Promise<WorkQueue> {
  const { waitingDays, matchExpiryDays, expiryNoticeDays } = services.config.reminders;
  const until = new Date(services.now().getTime() + expiryNoticeDays * DAY_MS);
  const [calls, challenges, solutions, unmatched, expiring, waiting, changedChallenges, changedSolutions] =
    await Promise.all([
      listCalls(services, viewer, { status: ['submitted'] }),
      repository.submittedChallenges(services.db),
      repository.submittedSolutions(services.db),
      repository.unmatchedChallenges(services.db),
      repository.expiringChallenges(services.db, until),
      repository.waitingMatches(services.db),
      repository.changedChallenges(services.db),
      repository.changedSolutions(services.db),
    ]);
  // The ambassador curates the challenge; the solution is named only if the visibility rule lets them read it.
  const waitingSolutions = await loadItemFacts(services.db, {
    challenge: [],
    solution: waiting.map((r) => r.solution_id),
  });
  const solutionTitle = (id: string) => {
    const facts = waitingSolutions.get(id);
    return facts ? titleFor(viewer, t, facts) : '';
  };
  const sections: Record<Section, QueueEntry[]> = {
    review: [
      ...challenges
        .filter((r) => curated(viewer, 'challenge', r))
        .map((r) => itemEntry('challenge', r, addDays(r.submitted_at, waitingDays))),
      ...solutions
        .filter((r) => curated(viewer, 'solution', r))
        .map((r) => itemEntry('solution', r, addDays(r.submitted_at, waitingDays))),
      // A submitted call's last change is its submission.
      ...calls
        .filter((r) => mayReview(viewer, r))
        .map((r) => ({
          kind: 'call' as const,
          id: r.id,
          title: r.challenge_title,
          href: `/calls/${r.id}`,
          spearheads: r.spearheads,
          deadline: addDays(r.updated_at, waitingDays),
        })),
    ],
    changed: [
      ...changedEntries(viewer, 'challenge', changedChallenges, waitingDays),
      ...changedEntries(viewer, 'solution', changedSolutions, waitingDays),
    ],
    unmatched: unmatched
      .filter((r) => curated(viewer, 'challenge', r))
      .map((r) => itemEntry('challenge', r, iso(r.expires_at))),
    waiting: waiting
      .filter((r) => curated(viewer, 'challenge', r))
      .map((r) => ({
        kind: 'match' as const,
        id: r.match_id,
        title: `${r.title} – ${solutionTitle(r.solution_id)}`,
        href: `/matches/${r.match_id}`,
        spearheads: r.spearheads,
        deadline: addDays(r.updated_at, matchExpiryDays),
      })),
    expiring: expiring
      .filter((r) => curated(viewer, 'challenge', r))
      .map((r) => itemEntry('challenge', r, iso(r.expires_at))),
  };
  for (const section of SECTIONS) sections[section].sort(byDeadline);
  return { sections, bySpearhead: countsPerSpearhead(viewer, sections) };
}
