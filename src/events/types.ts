// The domain events every service records in the transaction of its change (the outbox), and what a
// consumer of them is. Payloads carry ids only: a consumer reads the current rows it needs.
import type { ItemKind } from '../shared/item-kind.ts';
import type { Services } from '../app-types.ts';

export interface ItemChanged {
  type: 'item.changed';
  kind: ItemKind;
  id: string;
  status: string;
  /** A bulk change (a large import or federation sync): the index follows, nobody is notified item by item. */
  quiet?: boolean;
}

export interface MatchStepTaken {
  type: 'match.step';
  matchId: string;
  challengeId: string;
  solutionId: string;
  /** What happened: proposed, accepted_by_one_side, accepted, declined, expired, an outcome, … */
  action: string;
  status: string;
  actorId: string | null;
  actorSide: 'challenge' | 'solution' | 'curator' | null;
}

export type DomainEvent = ItemChanged | MatchStepTaken;

/** An item became published by a person's action (not a bulk import or sync). */
export function isPublication(event: DomainEvent): event is ItemChanged {
  return event.type === 'item.changed' && event.status === 'published' && !event.quiet;
}

export interface RecordedEvent {
  position: number;
  /** How long ago the event committed when it was read, by the database's clock. */
  ageMs: number;
  event: DomainEvent;
}

/** Where a consumer has read up to: the writing transaction's id (xid8, as text) and the position. */
export interface Cursor {
  transactionId: string;
  position: number;
}

/**
 * A consequence shared by all instances, done once: `apply` runs in one transaction with the
 * consumer's cursor (its `services.db` is that transaction), so it is done exactly once or not at all.
 * `prepare` runs before, outside the transaction, for reads that must not use it (the matching index).
 */
export interface SharedConsumer<Prepared = unknown> {
  name: string;
  handles(event: DomainEvent): boolean;
  prepare?(services: Services, event: DomainEvent): Promise<Prepared>;
  apply(services: Services, event: DomainEvent, prepared: Prepared): Promise<void>;
}

/** A consequence every instance applies to its own memory (its matching index, its caches), in event order. */
export type InstanceListener = (event: DomainEvent) => void | Promise<void>;

/** What an instance's caches subscribe to: the flow, or in a unit test something that calls them. */
export interface InstanceEvents {
  onInstanceEvent(listener: InstanceListener): void;
}

/** Work that drains a queue of its own (the e-mail queue); returns how many it did, 0 when idle. */
export type DeliveryTask = (services: Services) => Promise<number>;
