// Property test of the matchmaking-day scheduler over random days: the rules hold, every request is answered once,
// no unplaced request would fit into a free table of a common slot (maximality), and the result depends on the
// input alone, not on its order.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { type ScheduleInput, type ScheduleResult, scheduleMeetings } from './scheduler.ts';

/** Mostly 1..max, now and then an empty day. */
const rarelyZero = (max: number) =>
  fc.oneof({ weight: 1, arbitrary: fc.constant(0) }, { weight: 9, arbitrary: fc.integer({ min: 1, max }) });

/** Each of slots 0..6 free three times in four; slot 6 is always past the day's end (at most 6 slots). */
const availabilityArb = fc
  .array(fc.nat(3), { minLength: 7, maxLength: 7 })
  .map((free) => free.flatMap((n, slot) => (n > 0 ? [slot] : [])));

const dayArb: fc.Arbitrary<ScheduleInput> = fc
  .record({
    slots: rarelyZero(6),
    tables: rarelyZero(4),
    people: fc.array(fc.record({ organisation: fc.integer({ min: 0, max: 4 }), available: availabilityArb }), {
      minLength: 2,
      maxLength: 10,
      size: 'max',
    }),
    requests: fc.array(
      fc.record({
        from: fc.nat(9),
        to: fc.nat(9),
        priority: fc.option(fc.integer({ min: 0, max: 2 }), { nil: undefined }),
      }),
      { maxLength: 30, size: 'max' },
    ),
    hand: fc.array(fc.record({ request: fc.nat(29), slot: fc.nat(6), table: fc.nat(3) }), {
      maxLength: 4,
      size: 'max',
    }),
  })
  .map(({ slots, tables, people, requests, hand }) => {
    const participants = people.map((p, i) => ({
      id: `p${i}`,
      organisationId: `o${p.organisation}`,
      available: p.available,
    }));
    const valid = requests
      .map((r) => ({ ...r, from: r.from % people.length, to: r.to % people.length }))
      .filter((r) => r.from !== r.to)
      .map((r, i) => ({
        id: `r${String(i).padStart(2, '0')}`,
        from: `p${r.from}`,
        to: `p${r.to}`,
        priority: r.priority,
      }));
    const input: ScheduleInput = { slots, tables, participants, requests: valid, fixed: [] };
    for (const h of hand) {
      const request = valid[h.request % Math.max(valid.length, 1)];
      const fixed = { requestId: request?.id ?? '', slot: h.slot, table: h.table };
      const trial = [...(input.fixed ?? []), fixed];
      const again = input.fixed?.some((f) => f.requestId === request?.id);
      if (request && !again && h.slot < slots && h.table < tables && violations(input, trial).length === 0)
        input.fixed = trial;
    }
    return input;
  });

/** The rules a set of placements must keep: people, tables and organisation pairs once per slot. */
function violations(input: ScheduleInput, placed: ScheduleResult['placed']): string[] {
  const person = new Map(input.participants.map((p) => [p.id, p]));
  const request = new Map(input.requests.map((r) => [r.id, r]));
  const seen = new Set<string>();
  const found: string[] = [];
  for (const p of placed) {
    const r = request.get(p.requestId);
    if (!r) {
      found.push(`${p.requestId} unknown`);
      continue;
    }
    const [a, b] = [person.get(r.from)!, person.get(r.to)!];
    const pair = [a.organisationId, b.organisationId].sort().join('+');
    for (const key of [`person ${a.id}`, `person ${b.id}`, `table ${p.table}`, `organisations ${pair}`]) {
      if (seen.has(`${key} @${p.slot}`)) found.push(`${key} twice in slot ${p.slot}`);
      seen.add(`${key} @${p.slot}`);
    }
  }
  return found;
}

function commonSlots(input: ScheduleInput, requestId: string): number[] {
  const r = input.requests.find((q) => q.id === requestId)!;
  const available = (id: string) => input.participants.find((p) => p.id === id)!.available;
  return [...new Set(available(r.from))].filter((s) => s < input.slots && available(r.to).includes(s));
}

function shuffled<T>(items: T[], seed: number): T[] {
  return items
    .map((item, i) => ({ item, key: (i * 7919 + seed * 104729) % 1009 }))
    .sort((a, b) => a.key - b.key)
    .map((x) => x.item);
}

test('random days: no person, table or organisation pair twice in a slot, everyone within availability, fixed placements kept', () => {
  fc.assert(
    fc.property(dayArb, (input) => {
      const { placed, unplaced } = scheduleMeetings(input);
      assert.deepEqual(violations(input, placed), []);
      const answered = [...placed.map((p) => p.requestId), ...unplaced.map((u) => u.requestId)].sort();
      assert.deepEqual(answered, input.requests.map((r) => r.id).sort(), 'every request placed or unplaced, once');
      const fixed = new Map((input.fixed ?? []).map((f) => [f.requestId, f]));
      for (const p of placed) {
        assert.ok(p.slot >= 0 && p.slot < input.slots && p.table >= 0 && p.table < input.tables);
        const hand = fixed.get(p.requestId);
        if (hand) assert.deepEqual(p, hand);
        else assert.ok(commonSlots(input, p.requestId).includes(p.slot), `${p.requestId} within availability`);
      }
      for (const u of unplaced) {
        assert.equal(u.reason, commonSlots(input, u.requestId).length === 0 ? 'no-common-slot' : 'no-free-slot');
      }
    }),
    { numRuns: 400 },
  );
});

test('random days: no unplaced request fits into a free table of a slot both people can attend without moving others', () => {
  fc.assert(
    fc.property(dayArb, (input) => {
      const { placed, unplaced } = scheduleMeetings(input);
      for (const u of unplaced) {
        for (const slot of commonSlots(input, u.requestId)) {
          const taken = new Set(placed.filter((p) => p.slot === slot).map((p) => p.table));
          const table = Array.from({ length: input.tables }, (_, t) => t).find((t) => !taken.has(t));
          if (table === undefined) continue;
          const trial = [...placed, { requestId: u.requestId, slot, table }];
          assert.notDeepEqual(
            violations(input, trial),
            [],
            `${u.requestId} would fit into slot ${slot}, table ${table}`,
          );
        }
      }
    }),
    { numRuns: 400 },
  );
});

test('random days: the same day gives the same schedule, in whatever order participants, requests and fixed placements come', () => {
  fc.assert(
    fc.property(dayArb, fc.nat(1000), (input, seed) => {
      const first = scheduleMeetings(input);
      assert.deepEqual(scheduleMeetings(structuredClone(input)), first);
      const reordered: ScheduleInput = {
        ...input,
        participants: shuffled(input.participants, seed),
        requests: shuffled(input.requests, seed + 1),
        fixed: shuffled(input.fixed ?? [], seed + 2),
      };
      assert.deepEqual(scheduleMeetings(reordered), first);
    }),
    { numRuns: 200 },
  );
});
