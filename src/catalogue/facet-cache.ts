// Facet counts of the catalogue, kept for a few seconds: they are the costliest query of the
// catalogue page and the same for every reader with the same filter and visibility scope. A change to any
// item clears them as soon as this instance's event flow reads it (at once for its own changes).
import type { InstanceEvents } from '../events/types.ts';

const LIFETIME_MS = 5_000;
// Bounded, since every distinct filter in a query string would otherwise add an entry.
const MAX_ENTRIES = 500;

export class FacetCountCache<T> {
  private readonly entries = new Map<string, { at: number; value: Promise<T> }>();

  constructor(
    events: InstanceEvents,
    private readonly now: () => number = Date.now,
  ) {
    events.onInstanceEvent((event) => {
      if (event.type === 'item.changed') this.entries.clear();
    });
  }

  get(key: string, compute: () => Promise<T>): Promise<T> {
    const hit = this.entries.get(key);
    if (hit && this.now() - hit.at < LIFETIME_MS) return hit.value;
    const value = compute();
    // A failed count is not remembered: the next reader tries again.
    value.catch(() => this.entries.delete(key));
    this.entries.delete(key);
    this.entries.set(key, { at: this.now(), value });
    if (this.entries.size > MAX_ENTRIES) this.entries.delete(this.entries.keys().next().value as string);
    return value;
  }
}
