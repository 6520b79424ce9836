// How an item is named to one reader. The visibility rule (canReadItem) decides: a reader who may
// read it sees its title; anyone else sees only that it exists, described by facts that identify
// nothing — kind, classification, the kind of organisation and, for a challenge, its region — never
// its title, text or organisation. Match records, notices and e-mails all name items through here.
import type { Database } from '../db/database.ts';
import type { Viewer } from '../shared/viewer.ts';
import type { Translator } from '../i18n/translator.ts';
import type { MessageKey } from '../i18n/messages.ts';
import type { ItemKind } from '../shared/item-kind.ts';
import { canReadItem, type GuardedItem } from './permissions.ts';
import { ORGANISATION_KINDS, REGIONS } from '../taxonomy/taxonomy.ts';
import { itemFacts } from './facts-repository.ts';

export interface ItemFacts {
  id: string;
  title: string;
  organisationName: string;
  organisationKind: string;
  region: string | null;
  guard: GuardedItem;
}

export type ItemIds = Record<ItemKind, string[]>;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The facts of these items by id; ids of items that no longer exist are simply absent. */
export async function loadItemFacts(db: Database, ids: ItemIds): Promise<Map<string, ItemFacts>> {
  const facts = new Map<string, ItemFacts>();
  for (const kind of ['challenge', 'solution'] as const) {
    const wanted = [...new Set(ids[kind].filter((id) => UUID.test(id)))];
    for (const row of await itemFacts(db, kind, wanted)) {
      facts.set(row.id, {
        id: row.id,
        title: row.title,
        organisationName: row.organisation_name,
        organisationKind: row.organisation_kind,
        region: row.region,
        guard: {
          kind,
          organisationId: row.organisation_id,
          classification: row.classification,
          status: row.status,
          spearheads: row.spearheads,
          assignedAmbassadorId: row.assigned_ambassador_id,
        },
      });
    }
  }
  return facts;
}

/** "Confidential challenge of a care provider (East Flanders)", in the reader's language. */
export function withheldTitle(t: Translator, item: ItemFacts): string {
  const kind = item.organisationKind in ORGANISATION_KINDS ? item.organisationKind : 'other';
  const organisation = t.t(`matches.withheld.organisation.${kind}` as MessageKey);
  const region = item.region && item.region in REGIONS ? t.label(REGIONS[item.region as keyof typeof REGIONS]) : '';
  return t.t(`matches.withheld.${item.guard.kind}.${item.guard.classification}` as MessageKey, {
    organisation,
    region,
  });
}

export function mayRead(reader: Viewer | null, item: ItemFacts): boolean {
  return canReadItem(reader, item.guard);
}

/** The item's title for a reader who may read it, its neutral description for anyone else. */
export function titleFor(reader: Viewer | null, t: Translator, item: ItemFacts): string {
  return mayRead(reader, item) ? item.title : withheldTitle(t, item);
}
