// What tells the two kinds of item apart where the kernel treats them alike: their table, the column of
// the organisation behind them, their addresses, the texts that name them and a few rules of their own.
import type { MessageKey } from '../i18n/messages.ts';
import type { ItemKind } from '../shared/item-kind.ts';

export interface ItemDescriptor {
  kind: ItemKind;
  /** The other kind: the one it is matched with. */
  counterpart: ItemKind;
  table: 'challenges' | 'solutions';
  /** The organisation that posts it: the challenge's owner, the solution's provider. */
  organisationColumn: 'owner_organisation_id' | 'provider_organisation_id';
  /** The region column: one region for a challenge, the regions served for a solution. */
  regionColumn: { name: 'region' | 'regions_served'; many: boolean };
  /** The path segment of its pages and API (/challenges, /api/v1/challenges). */
  path: 'challenges' | 'solutions';
  /** A challenge runs for a publication period and is assigned to the ambassador who reviews it. */
  expires: boolean;
  assignsAmbassador: boolean;
  /** Solutions carry offer terms (maturity, pricing) that lists filter and count. */
  offerTerms: boolean;
  /** The action that takes it off the platform (asked to be confirmed), and the status it leaves it in. */
  closingAction: 'close' | 'archive';
  closedStatus: 'closed' | 'archived';
  /** The API's summary of its lifecycle actions. */
  actionsSummary: string;
  messages: {
    nav: MessageKey;
    newHeading: MessageKey;
    editHeading: MessageKey;
    callHeading: MessageKey;
    callLogin: MessageKey;
    /** Headings of a detail page's lists: items like this one, and items of this kind that fit the other. */
    similarHeading: MessageKey;
    matchesHeading: MessageKey;
  };
}

export const ITEM_KINDS: Readonly<Record<ItemKind, ItemDescriptor>> = {
  challenge: {
    kind: 'challenge',
    counterpart: 'solution',
    table: 'challenges',
    organisationColumn: 'owner_organisation_id',
    regionColumn: { name: 'region', many: false },
    path: 'challenges',
    expires: true,
    assignsAmbassador: true,
    offerTerms: false,
    closingAction: 'close',
    closedStatus: 'closed',
    actionsSummary: 'submit, publish, send_back, start, solve, close, renew',
    messages: {
      nav: 'nav.challenges',
      newHeading: 'catalogue.new_challenge',
      editHeading: 'catalogue.edit_challenge',
      callHeading: 'item.cta.heading_challenge',
      callLogin: 'item.cta.login_challenge',
      similarHeading: 'match.similar_challenges',
      matchesHeading: 'match.challenges_heading',
    },
  },
  solution: {
    kind: 'solution',
    counterpart: 'challenge',
    table: 'solutions',
    organisationColumn: 'provider_organisation_id',
    regionColumn: { name: 'regions_served', many: true },
    path: 'solutions',
    expires: false,
    assignsAmbassador: false,
    offerTerms: true,
    closingAction: 'archive',
    closedStatus: 'archived',
    actionsSummary: 'submit, publish, send_back, archive',
    messages: {
      nav: 'nav.solutions',
      newHeading: 'catalogue.new_solution',
      editHeading: 'catalogue.edit_solution',
      callHeading: 'item.cta.heading_solution',
      callLogin: 'item.cta.login_solution',
      similarHeading: 'match.similar_solutions',
      matchesHeading: 'match.solutions_heading',
    },
  },
};

/** The address of an item's page. */
export function itemPath(kind: ItemKind, id: string): string {
  return `/${ITEM_KINDS[kind].path}/${id}`;
}
