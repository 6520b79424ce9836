import { test } from 'node:test';
import assert from 'node:assert/strict';
import { type ScheduleInput, scheduleMeetings } from './scheduler.ts';

/** People by id; organisation = id without its digits unless given ("a1", "a2" are colleagues of "a"). */
function person(id: string, available: number[], organisationId = id.replace(/\d+$/, '')) {
  return { id, organisationId, available };
}
const meeting = (id: string, from: string, to: string, priority?: number) => ({ id, from, to, priority });
const slotsOf = (input: ScheduleInput) =>
  Object.fromEntries(scheduleMeetings(input).placed.map((p) => [p.requestId, p.slot]));

test('an empty day: nothing to place, and without slots every request lacks a common slot', () => {
  assert.deepEqual(scheduleMeetings({ slots: 4, tables: 2, participants: [], requests: [] }), {
    placed: [],
    unplaced: [],
  });
  const noSlots = scheduleMeetings({
    slots: 0,
    tables: 2,
    participants: [person('a', [0, 1]), person('b', [0, 1])],
    requests: [meeting('r1', 'a', 'b')],
  });
  assert.deepEqual(noSlots, { placed: [], unplaced: [{ requestId: 'r1', reason: 'no-common-slot' }] });
});

test('a person is never in two meetings of one slot', () => {
  const input = {
    slots: 2,
    tables: 5,
    participants: [person('a', [0, 1]), person('b', [0, 1]), person('c', [0, 1]), person('d', [0, 1])],
    requests: [meeting('r1', 'a', 'b'), meeting('r2', 'a', 'c'), meeting('r3', 'd', 'a')],
  };
  const result = scheduleMeetings(input);
  assert.equal(result.placed.length, 2);
  assert.notEqual(result.placed[0]!.slot, result.placed[1]!.slot);
  assert.deepEqual(result.unplaced, [{ requestId: 'r3', reason: 'no-free-slot' }]);
});

test('a table holds one meeting per slot: the tables of a slot are numbered from 0 and run out', () => {
  const result = scheduleMeetings({
    slots: 1,
    tables: 2,
    participants: ['a', 'b', 'c', 'd', 'e', 'f'].map((id) => person(id, [0])),
    requests: [meeting('r1', 'a', 'b'), meeting('r2', 'c', 'd'), meeting('r3', 'e', 'f')],
  });
  assert.deepEqual(result, {
    placed: [
      { requestId: 'r1', slot: 0, table: 0 },
      { requestId: 'r2', slot: 0, table: 1 },
    ],
    unplaced: [{ requestId: 'r3', reason: 'no-free-slot' }],
  });
});

test('two organisations meet once per slot: colleagues meeting the same organisation go to different slots', () => {
  const people = [person('a1', [0, 1]), person('a2', [0, 1]), person('b1', [0, 1]), person('b2', [0, 1])];
  const twoSlots = {
    slots: 2,
    tables: 4,
    participants: people,
    requests: [meeting('r1', 'a1', 'b1'), meeting('r2', 'a2', 'b2')],
  };
  assert.deepEqual(slotsOf(twoSlots), { r1: 0, r2: 1 });
  assert.deepEqual(scheduleMeetings({ ...twoSlots, slots: 1 }).unplaced, [{ requestId: 'r2', reason: 'no-free-slot' }]);
});

test('colleagues may meet different organisations in the same slot', () => {
  const result = scheduleMeetings({
    slots: 1,
    tables: 2,
    participants: [person('a1', [0]), person('a2', [0]), person('b', [0]), person('c', [0])],
    requests: [meeting('r1', 'a1', 'b'), meeting('r2', 'a2', 'c')],
  });
  assert.deepEqual(result.unplaced, []);
});

test('meetings go only into slots both people can attend; slots past the end of the day do not count', () => {
  const input = {
    slots: 3,
    tables: 1,
    participants: [person('a', [0, 2, 7]), person('b', [1, 2, 7]), person('c', [1, 7])],
    requests: [meeting('r1', 'a', 'b'), meeting('r2', 'a', 'c')],
  };
  const result = scheduleMeetings(input);
  assert.deepEqual(result.placed, [{ requestId: 'r1', slot: 2, table: 0 }]);
  assert.deepEqual(result.unplaced, [{ requestId: 'r2', reason: 'no-common-slot' }]);
});

test('fixed placements stay as the organiser made them, even outside availability, and the rest goes around them', () => {
  const result = scheduleMeetings({
    slots: 2,
    tables: 2,
    participants: [person('a', [0, 1]), person('b', [1]), person('c', [0, 1]), person('d', [0, 1]), person('e', [0])],
    requests: [meeting('r1', 'a', 'b'), meeting('r2', 'a', 'c'), meeting('r3', 'd', 'e')],
    fixed: [{ requestId: 'r1', slot: 0, table: 1 }],
  });
  assert.deepEqual(result, {
    placed: [
      { requestId: 'r3', slot: 0, table: 0 },
      { requestId: 'r1', slot: 0, table: 1 },
      { requestId: 'r2', slot: 1, table: 0 },
    ],
    unplaced: [],
  });
});

test('a fixed placement takes its table: a slot with every table fixed by hand takes nothing else', () => {
  const result = scheduleMeetings({
    slots: 1,
    tables: 1,
    participants: ['a', 'b', 'c', 'd'].map((id) => person(id, [0])),
    requests: [meeting('r1', 'a', 'b'), meeting('r2', 'c', 'd')],
    fixed: [{ requestId: 'r2', slot: 0, table: 0 }],
  });
  assert.deepEqual(result.unplaced, [{ requestId: 'r1', reason: 'no-free-slot' }]);
});

test('the same day gives the same schedule, whatever the order of its participants and requests', () => {
  const people = ['a', 'b', 'c', 'd', 'e'].map((id) => person(id, [0, 1, 2]));
  const requests = [meeting('r1', 'a', 'b'), meeting('r2', 'b', 'c'), meeting('r3', 'c', 'a'), meeting('r4', 'd', 'e')];
  const input = { slots: 3, tables: 1, participants: people, requests };
  const first = scheduleMeetings(input);
  assert.deepEqual(scheduleMeetings(input), first);
  assert.deepEqual(
    scheduleMeetings({ ...input, participants: [...people].reverse(), requests: [...requests].reverse() }),
    first,
  );
});

test('a request of higher priority gets the contested slot', () => {
  const input = {
    slots: 1,
    tables: 1,
    participants: ['a', 'b', 'c', 'd'].map((id) => person(id, [0])),
    requests: [meeting('r1', 'a', 'b'), meeting('r2', 'c', 'd', 2)],
  };
  assert.deepEqual(slotsOf(input), { r2: 0 });
});

test('a placed meeting moves to another slot to make room for one that can only go where it was', () => {
  // Greedy alone puts r0 in slot 0 and r2 in slot 1, leaving r1 (p3 only in slots 0 and 1) without a table.
  const input = {
    slots: 3,
    tables: 1,
    participants: [person('p0', [0, 1, 2]), person('p1', [0, 1, 2]), person('p2', [0, 1, 2]), person('p3', [0, 1])],
    requests: [meeting('r0', 'p2', 'p3'), meeting('r1', 'p2', 'p3'), meeting('r2', 'p0', 'p1')],
  };
  const result = scheduleMeetings(input);
  assert.deepEqual(result.unplaced, []);
  assert.equal(result.placed.find((p) => p.requestId === 'r2')?.slot, 2);
});

test('moves chain: a meeting moves into the slot of another that moves on, to make room for a third', () => {
  // A and B go first (priority) into slots 0 and 1; X fits only slot 0, where A stays in the way of p, and A can
  // only move to slot 1 if B moves on to slot 2.
  const input = {
    slots: 3,
    tables: 3,
    participants: [person('p', [0, 1]), person('q', [0]), person('r', [0, 1, 2]), person('s', [1, 2])],
    requests: [meeting('A', 'p', 'r', 2), meeting('B', 'r', 's', 2), meeting('X', 'p', 'q')],
  };
  assert.deepEqual(slotsOf(input), { X: 0, A: 1, B: 2 });
});

test('a meeting moves to a free table of another slot to make room in a slot whose tables are all taken', () => {
  // r1 goes first (priority) and takes the only table of slot 0, the one slot r2 can have; r1 moves on to slot 1.
  const input = {
    slots: 2,
    tables: 1,
    participants: [person('a', [0, 1]), person('b', [0, 1]), person('c', [0]), person('d', [0])],
    requests: [meeting('r1', 'a', 'b', 1), meeting('r2', 'c', 'd')],
  };
  assert.deepEqual(slotsOf(input), { r1: 1, r2: 0 });
});

test('when tables run short, one person’s second meeting gives way to two other people’s first', () => {
  // r1 and r2 both need slot 1 and share p0; r1 (p1's second meeting) gives way to r2 (p2's only one).
  const input = {
    slots: 2,
    tables: 1,
    participants: [person('p0', [1]), person('p1', [0, 1]), person('p2', [0, 1]), person('p3', [0, 1])],
    requests: [meeting('r0', 'p1', 'p3'), meeting('r1', 'p1', 'p0'), meeting('r2', 'p0', 'p2')],
  };
  assert.deepEqual(slotsOf(input), { r0: 0, r2: 1 });
});

test('fairness never takes a slot from a meeting of higher priority', () => {
  const input = {
    slots: 2,
    tables: 1,
    participants: [person('p0', [1]), person('p1', [0, 1]), person('p2', [0, 1]), person('p3', [0, 1])],
    requests: [meeting('r0', 'p1', 'p3'), meeting('r1', 'p1', 'p0', 1), meeting('r2', 'p0', 'p2')],
  };
  assert.deepEqual(slotsOf(input), { r0: 0, r1: 1 });
});

test('someone with one request is not starved by someone with many when tables run short', () => {
  const input = {
    slots: 2,
    tables: 1,
    participants: ['a', 'b', 'c', 'd', 'r', 's'].map((id) => person(id, [0, 1])),
    requests: [meeting('a1', 'a', 'b'), meeting('a2', 'a', 'c'), meeting('a3', 'a', 'd'), meeting('z', 'r', 's')],
  };
  const placed = Object.keys(slotsOf(input)).sort();
  assert.deepEqual(placed, ['a1', 'z']);
});

test('inconsistent input is refused: unknown people, meetings with oneself, duplicate ids, fixed placements off the day', () => {
  const participants = [person('a', [0]), person('b', [0])];
  const day = { slots: 1, tables: 1, participants };
  const refused = (input: ScheduleInput) => assert.throws(() => scheduleMeetings(input));
  refused({ ...day, requests: [meeting('r1', 'a', 'x')] });
  refused({ ...day, requests: [meeting('r1', 'a', 'a')] });
  refused({ ...day, requests: [meeting('r1', 'a', 'b'), meeting('r1', 'b', 'a')] });
  refused({ ...day, participants: [...participants, person('a', [])], requests: [] });
  refused({ ...day, requests: [meeting('r1', 'a', 'b')], fixed: [{ requestId: 'r2', slot: 0, table: 0 }] });
  refused({ ...day, requests: [meeting('r1', 'a', 'b')], fixed: [{ requestId: 'r1', slot: 1, table: 0 }] });
  refused({ ...day, requests: [meeting('r1', 'a', 'b')], fixed: [{ requestId: 'r1', slot: 0, table: 1 }] });
  refused({ ...day, tables: -1, requests: [] });
});
