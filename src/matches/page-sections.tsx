// The match-record sections of challenge and solution pages: the outcomes every reader may see,
// and, for those involved, the item's match records (engine suggestions are kept when first shown),
// naming the other item only to readers who may read it.
import type { Services } from '../app-types.ts';
import type { Viewer } from '../shared/viewer.ts';
import type { Translator } from '../i18n/translator.ts';
import type { ItemKind } from '../shared/item-kind.ts';
import { belongsToViewer, canReadItem, curatesItem, type GuardedItem } from '../items/permissions.ts';
import { guardOf } from '../items/presenter.ts';
import { ITEM_KINDS } from '../items/kinds.ts';
import { visibleMatchesOfItem } from './listing.ts';
import { loadParties, type MatchParties } from './parties.ts';
import { matchesOfItem, materialiseSuggestions } from './service.ts';
import { loadItemFacts, titleFor } from '../items/withheld.ts';
import { RecordSections, type RecordLine } from './components.tsx';

const OUTCOME_STATUSES = ['introduced', 'pilot', 'deployed'];

const otherOf = (kind: ItemKind, parties: MatchParties) => parties[ITEM_KINDS[kind].counterpart];

function lineOf(kind: ItemKind, parties: MatchParties, title = otherOf(kind, parties).title): RecordLine {
  const { path } = ITEM_KINDS[ITEM_KINDS[kind].counterpart];
  return {
    id: parties.match.id,
    title,
    href: `/${path}/${otherOf(kind, parties).id}`,
    status: parties.match.status,
    note: null,
  };
}

/** The viewer's match records, each naming the other item as the viewer may see it. */
async function recordLines(
  services: Services,
  kind: ItemKind,
  all: MatchParties[],
  viewer: Viewer | null,
  t: Translator,
): Promise<RecordLine[]> {
  const others = all.map((p) => otherOf(kind, p).id);
  const facts = await loadItemFacts(services.db, {
    challenge: [],
    solution: [],
    [ITEM_KINDS[kind].counterpart]: others,
  });
  return all.flatMap((p) => {
    const other = facts.get(otherOf(kind, p).id);
    return other ? [lineOf(kind, p, titleFor(viewer, t, other))] : [];
  });
}

async function publicOutcomes(
  services: Services,
  kind: ItemKind,
  id: string,
  viewer: Viewer | null,
): Promise<RecordLine[]> {
  const rows = (await matchesOfItem(services, kind, id)).filter((m) => OUTCOME_STATUSES.includes(m.status));
  const all = await Promise.all(rows.map((row) => loadParties(services.db, row)));
  // The other item is named only to readers who may read it.
  return all
    .filter((p) => canReadItem(viewer, guardOf(ITEM_KINDS[kind].counterpart, otherOf(kind, p))))
    .map((p) => lineOf(kind, p));
}

export async function matchRecordSections(
  services: Services,
  id: string,
  guard: GuardedItem,
  viewer: Viewer | null,
  t: Translator,
) {
  const involved = belongsToViewer(viewer, guard) || curatesItem(viewer, guard);
  if (involved) await materialiseSuggestions(services, viewer, guard.kind, id);
  const records = involved
    ? await recordLines(services, guard.kind, await visibleMatchesOfItem(services, viewer, guard.kind, id), viewer, t)
    : [];
  return <RecordSections outcomes={await publicOutcomes(services, guard.kind, id, viewer)} records={records} t={t} />;
}
