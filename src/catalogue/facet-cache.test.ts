import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import type { InstanceListener } from '../events/types.ts';
import { FacetCountCache } from './facet-cache.ts';

/** Stands in for the event flow: hands each event to the listeners, as the flow does in order. */
class Events {
  listeners: InstanceListener[] = [];
  onInstanceEvent(listener: InstanceListener): void {
    this.listeners.push(listener);
  }
}

function counter() {
  let calls = 0;
  return {
    compute: async () => {
      calls += 1;
      return calls;
    },
    calls: () => calls,
  };
}

describe('facet counts kept for a few seconds', () => {
  test('answers the same filter from memory within five seconds and counts again after', async () => {
    let clock = 0;
    const cache = new FacetCountCache<number>(new Events(), () => clock);
    const counts = counter();
    assert.equal(await cache.get('sector=care', counts.compute), 1);
    clock = 4_000;
    assert.equal(await cache.get('sector=care', counts.compute), 1);
    assert.equal(await cache.get('sector=education', counts.compute), 2, 'another filter is counted apart');
    clock = 5_000;
    assert.equal(await cache.get('sector=care', counts.compute), 3);
  });

  test('counts again at once when an item changes', async () => {
    const events = new Events();
    const cache = new FacetCountCache<number>(events, () => 0);
    const counts = counter();
    await cache.get('all', counts.compute);
    for (const listener of events.listeners)
      await listener({ type: 'item.changed', kind: 'challenge', id: 'x', status: 'published' });
    assert.equal(await cache.get('all', counts.compute), 2);
  });

  test('does not remember a failed count', async () => {
    const cache = new FacetCountCache<number>(new Events(), () => 0);
    await assert.rejects(
      cache.get('all', async () => {
        throw new Error('database gone');
      }),
    );
    assert.equal(await cache.get('all', async () => 7), 7);
  });
});
