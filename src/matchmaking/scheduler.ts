// The matchmaking-day scheduler (issue 20): puts accepted meeting requests into the day's slots and tables.
// Rules, as decided here:
// - a person is in at most one meeting per slot and a table holds one meeting per slot;
// - two organisations meet at most once per slot: colleagues may each have a meeting in the same slot, but not both
//   with the same other organisation (the organisation is not double-booked against one other side);
// - a meeting goes only into a slot both people can attend; slot indices outside the day are ignored;
// - fixed placements (made by hand by the organiser) are kept exactly as given, even outside availability, and
//   everything else is placed around them; checking a hand placement is the caller's business;
// - as many requests as possible: greedy (higher priority first, then the people with fewer meetings, then the most
//   constrained request), then ejection chains that move placed meetings to make room, then a final sweep, so no
//   unplaced request fits into a free table of a common slot without moving others;
// - fairness: meetings go first to the people who have fewer, and a swap pass replaces a placed meeting by an
//   unplaced one of the same or higher priority when that lowers the sum of squared meetings per person;
// - deterministic and independent of the input's order: every tie is broken by request id.
import { Day, type Meeting } from './scheduler-day.ts';

export interface ScheduleInput {
  slots: number; // slots of the day, 0..slots-1 (each slot the event's slot length)
  tables: number; // tables available in every slot
  participants: { id: string; organisationId: string; available: number[] }[]; // slot indices the person can attend
  requests: { id: string; from: string; to: string; priority?: number }[]; // accepted meeting requests, participant ids
  fixed?: { requestId: string; slot: number; table: number }[]; // placed by hand by the organiser: kept as they are
}
export interface ScheduleResult {
  placed: { requestId: string; slot: number; table: number }[];
  unplaced: { requestId: string; reason: 'no-common-slot' | 'no-free-slot' }[];
}

/** Moves one repair may chain (a meeting displaces one that displaces one…); longer chains rarely pay. */
const CHAIN_DEPTH = 2;
/** Placements one repair may try: bounds the worst case and, being a count, keeps the result deterministic. */
const REPAIR_BUDGET = 200;

/** Schedules the requests; throws on inconsistent input (unknown ids, duplicates, fixed placements off the day). */
export function scheduleMeetings(input: ScheduleInput): ScheduleResult {
  const meetings = readMeetings(input);
  const day = new Day(input.slots, input.tables, input.participants.length, meetings);
  placeGreedily(day);
  repair(day);
  balance(day);
  for (const m of day.unplaced()) placeIfFree(day, m);
  return result(input, day);
}

/** Greedy order: higher priority, then the request whose people have fewer meetings, then fewer common slots. */
function orderKey(day: Day, m: number): number[] {
  const { from, to, priority, common } = day.meetings[m]!;
  const loads = [day.load[from]!, day.load[to]!].sort((a, b) => a - b);
  return [-priority, loads[0]!, loads[1]!, common.length, m];
}

function compareKeys(a: number[], b: number[]): number {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return 0;
}

/** Loads only grow, so a key only gets worse: a popped request whose key went stale goes back in (lazy queue). */
function placeGreedily(day: Day): void {
  const waiting = new Heap<number[]>(compareKeys);
  for (const m of day.unplaced()) waiting.push(orderKey(day, m));
  for (let key = waiting.pop(); key; key = waiting.pop()) {
    const m = key[4]!;
    const now = orderKey(day, m);
    if (compareKeys(now, key) > 0) {
      waiting.push(now);
      continue;
    }
    placeIfFree(day, m);
  }
  day.settle();
}

/** Tries the unplaced requests again, moving placed meetings along ejection chains; only chains that end in a free table can help. */
function repair(day: Day): void {
  for (const m of byNeed(day, day.unplaced())) {
    if (!day.hasFreeTable()) return;
    insert(day, m, CHAIN_DEPTH, new Set(), { left: REPAIR_BUDGET });
    day.settle();
  }
}

/** The people with fewer meetings first, as in the greedy order. */
function byNeed(day: Day, meetings: number[]): number[] {
  const keys = new Map(meetings.map((m) => [m, orderKey(day, m)]));
  return meetings.sort((a, b) => compareKeys(keys.get(a)!, keys.get(b)!));
}

/** Places m, if need be by taking a slot from meetings that can move on elsewhere; leaves the day as it was if not. */
function insert(day: Day, m: number, depth: number, chain: Set<number>, budget: { left: number }): boolean {
  if (placeIfFree(day, m)) return true;
  if (depth === 0) return false;
  chain.add(m);
  for (const slot of day.meetings[m]!.common) {
    for (const evicted of evictions(day, m, slot, chain)) {
      if (budget.left-- <= 0) break;
      const mark = day.mark();
      for (const e of evicted) day.remove(e);
      day.place(m, slot);
      if (evicted.every((e) => insert(day, e, depth - 1, chain, budget))) {
        chain.delete(m);
        return true;
      }
      day.rollback(mark);
    }
  }
  chain.delete(m);
  return false;
}

/** Sets of movable meetings whose removal would let m into the slot: its blockers, plus one more if no table is left. */
function evictions(day: Day, m: number, slot: number, chain: Set<number>): number[][] {
  const blockers = day.blockers(m, slot);
  const movable = (b: number) => !day.meetings[b]!.fixed && !chain.has(b);
  if (!blockers.every(movable)) return [];
  if (day.freeTables(slot) + blockers.length > 0) return [blockers];
  return [...day.inSlot[slot]!]
    .filter((q) => movable(q) && !blockers.includes(q))
    .sort((a, b) => a - b)
    .map((q) => [...blockers, q]);
}

function placeIfFree(day: Day, m: number): boolean {
  const slot = day.meetings[m]!.common.find((s) => day.fits(m, s));
  if (slot === undefined) return false;
  day.place(m, slot);
  return true;
}

/**
 * Fairness: swaps an unplaced request in for one placed meeting of no higher priority when that lowers the sum of
 * squared meetings per person, then tries to move the swapped-out meeting elsewhere. Each round either places one
 * more meeting or lowers that sum with the count kept, so the rounds end.
 */
function balance(day: Day): void {
  for (let swapped = true; swapped; ) {
    swapped = false;
    for (const m of day.unplaced()) {
      const swap = bestSwap(day, m);
      if (!swap) continue;
      day.remove(swap.out);
      day.place(m, swap.slot);
      insert(day, swap.out, CHAIN_DEPTH, new Set([m]), { left: REPAIR_BUDGET });
      day.settle();
      swapped = true;
    }
  }
}

function bestSwap(day: Day, m: number): { out: number; slot: number } | undefined {
  let best: { out: number; slot: number; gain: number } | undefined;
  for (const slot of day.meetings[m]!.common) {
    const blockers = day.blockers(m, slot);
    const candidates = blockers.length === 0 ? [...day.inSlot[slot]!].sort((a, b) => a - b) : blockers;
    if (blockers.length > 1 || (blockers.length === 0 && day.freeTables(slot) > 0)) continue;
    for (const out of candidates) {
      const meeting = day.meetings[out]!;
      if (meeting.fixed || meeting.priority > day.meetings[m]!.priority) continue;
      const gain = squaresSaved(day, out, m);
      if (gain > 0 && (!best || gain > best.gain)) best = { out, slot, gain };
    }
  }
  return best;
}

/** How much the sum of squared meetings per person drops when meeting `out` gives way to meeting `m`. */
function squaresSaved(day: Day, out: number, m: number): number {
  const leaving = day.meetings[out]!;
  const coming = day.meetings[m]!;
  const people = [leaving.from, leaving.to, coming.from, coming.to];
  const steps = [-1, -1, 1, 1];
  let saved = 0;
  for (let i = 0; i < 4; i++) {
    if (people.indexOf(people[i]!) !== i) continue; // counted with its first appearance
    const step = steps.reduce((sum, s, j) => (people[j] === people[i] ? sum + s : sum), 0);
    const load = day.load[people[i]!]!;
    saved += load * load - (load + step) * (load + step);
  }
  return saved;
}

function result(input: ScheduleInput, day: Day): ScheduleResult {
  const placed: ScheduleResult['placed'] = [];
  for (let slot = 0; slot < input.slots; slot++) {
    const hand = day.meetings.filter((m) => m.fixed?.slot === slot);
    const taken = new Set(hand.map((m) => m.fixed!.table));
    const free = Array.from({ length: input.tables }, (_, table) => table).filter((table) => !taken.has(table));
    const movable = [...day.inSlot[slot]!].sort((a, b) => a - b);
    placed.push(
      ...hand.map((m) => ({ requestId: m.id, slot, table: m.fixed!.table })),
      ...movable.map((m, i) => ({ requestId: day.meetings[m]!.id, slot, table: free[i]! })),
    );
  }
  placed.sort((a, b) => a.slot - b.slot || a.table - b.table || compareIds(a.requestId, b.requestId));
  const unplaced = day.unplaced().map((m) => ({
    requestId: day.meetings[m]!.id,
    reason: day.meetings[m]!.common.length === 0 ? ('no-common-slot' as const) : ('no-free-slot' as const),
  }));
  return { placed, unplaced };
}

function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Checks the input and turns it into meetings sorted by request id, so the input's order does not matter. */
function readMeetings(input: ScheduleInput): Meeting[] {
  const { slots, tables } = input;
  if (!Number.isInteger(slots) || slots < 0 || !Number.isInteger(tables) || tables < 0) {
    throw new RangeError('scheduleMeetings: slots and tables must be whole numbers of at least 0');
  }
  const people = new Map<string, { index: number; organisation: number; available: Set<number> }>();
  const organisations = new Map<string, number>();
  for (const p of input.participants) {
    if (people.has(p.id)) throw new Error(`scheduleMeetings: participant ${p.id} appears twice`);
    if (!organisations.has(p.organisationId)) organisations.set(p.organisationId, organisations.size);
    const available = new Set(p.available.filter((s) => Number.isInteger(s) && s >= 0 && s < slots));
    people.set(p.id, { index: people.size, organisation: organisations.get(p.organisationId)!, available });
  }
  const fixed = new Map<string, { slot: number; table: number }>();
  for (const f of input.fixed ?? []) {
    if (fixed.has(f.requestId)) throw new Error(`scheduleMeetings: request ${f.requestId} is fixed twice`);
    if (!isIndex(f.slot, slots) || !isIndex(f.table, tables)) {
      throw new RangeError(`scheduleMeetings: fixed request ${f.requestId} is off the day's slots or tables`);
    }
    fixed.set(f.requestId, { slot: f.slot, table: f.table });
  }
  const pairs = new Map<number, number>();
  const seen = new Set<string>();
  const meetings = [...input.requests]
    .sort((a, b) => compareIds(a.id, b.id))
    .map((r): Meeting => {
      const from = people.get(r.from);
      const to = people.get(r.to);
      if (seen.has(r.id)) throw new Error(`scheduleMeetings: request ${r.id} appears twice`);
      if (!from || !to || from === to)
        throw new Error(`scheduleMeetings: request ${r.id} needs two known participants`);
      seen.add(r.id);
      const [low, high] = [from.organisation, to.organisation].sort((a, b) => a - b);
      const pairKey = low! * organisations.size + high!;
      if (!pairs.has(pairKey)) pairs.set(pairKey, pairs.size);
      const common = [...from.available].filter((s) => to.available.has(s)).sort((a, b) => a - b);
      const priority = r.priority ?? 0;
      return {
        id: r.id,
        from: from.index,
        to: to.index,
        pair: pairs.get(pairKey)!,
        priority,
        common,
        fixed: fixed.get(r.id),
      };
    });
  const unknown = [...fixed.keys()].find((id) => !seen.has(id));
  if (unknown !== undefined) throw new Error(`scheduleMeetings: fixed request ${unknown} is not among the requests`);
  return meetings;
}

function isIndex(n: number, size: number): boolean {
  return Number.isInteger(n) && n >= 0 && n < size;
}

/** A binary min-heap: the greedy pass's queue. */
class Heap<T> {
  private readonly items: T[] = [];
  constructor(private readonly compare: (a: T, b: T) => number) {}

  push(item: T): void {
    const items = this.items;
    items.push(item);
    for (let i = items.length - 1; i > 0; ) {
      const parent = (i - 1) >> 1;
      if (this.compare(items[i]!, items[parent]!) >= 0) break;
      [items[i], items[parent]] = [items[parent]!, items[i]!];
      i = parent;
    }
  }

  pop(): T | undefined {
    const items = this.items;
    const top = items[0];
    const last = items.pop();
    if (items.length === 0 || last === undefined) return top;
    items[0] = last;
    for (let i = 0; ; ) {
      const [left, right] = [2 * i + 1, 2 * i + 2];
      let least = i;
      if (left < items.length && this.compare(items[left]!, items[least]!) < 0) least = left;
      if (right < items.length && this.compare(items[right]!, items[least]!) < 0) least = right;
      if (least === i) return top;
      [items[i], items[least]] = [items[least]!, items[i]!];
      i = least;
    }
  }
}
