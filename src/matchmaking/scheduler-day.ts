// The scheduler's working state for one matchmaking day (./scheduler.ts): which slot each meeting is in, who and which
// organisation pair is taken in each slot, tables left per slot, and an undo log so a failed repair leaves no trace.

/** A request as the scheduler works with it: people and organisation pairs as indices. */
export interface Meeting {
  id: string;
  from: number;
  to: number;
  pair: number;
  priority: number;
  /** Slots both people can attend, ascending. */
  common: number[];
  fixed: { slot: number; table: number } | undefined;
}

const FREE = -1;

export class Day {
  readonly slotOf: Int32Array;
  /** Meetings per person, fixed ones included. */
  readonly load: Int32Array;
  /** Tables per slot left for the scheduler once fixed placements took theirs. */
  readonly capacity: Int32Array;
  /** Movable meetings per slot. */
  readonly inSlot: Set<number>[];
  private readonly used: Int32Array;
  private readonly personAt: Int32Array;
  private readonly pairAt: Int32Array;
  private readonly undo: { m: number; slot: number }[] = [];

  constructor(
    readonly slots: number,
    tables: number,
    people: number,
    readonly meetings: Meeting[],
  ) {
    const pairs = meetings.reduce((most, m) => Math.max(most, m.pair + 1), 0);
    this.slotOf = new Int32Array(meetings.length).fill(FREE);
    this.load = new Int32Array(people);
    this.used = new Int32Array(slots);
    this.personAt = new Int32Array(people * slots).fill(FREE);
    this.pairAt = new Int32Array(pairs * slots).fill(FREE);
    this.inSlot = Array.from({ length: slots }, () => new Set<number>());
    const fixedTables = Array.from({ length: slots }, () => new Set<number>());
    meetings.forEach((m, i) => {
      if (m.fixed) {
        fixedTables[m.fixed.slot]?.add(m.fixed.table);
        this.move(i, m.fixed.slot);
      }
    });
    this.capacity = Int32Array.from(fixedTables, (taken) => tables - taken.size);
  }

  fits(m: number, slot: number): boolean {
    const { from, to, pair } = this.meetings[m]!;
    const at = (table: Int32Array, row: number) => table[row * this.slots + slot] === FREE;
    return (
      this.used[slot]! < this.capacity[slot]! &&
      at(this.personAt, from) &&
      at(this.personAt, to) &&
      at(this.pairAt, pair)
    );
  }

  /** Meetings that stand in m's way in the slot: its people's and its organisation pair's. */
  blockers(m: number, slot: number): number[] {
    const { from, to, pair } = this.meetings[m]!;
    const found = [this.personAt[from * this.slots + slot]!, this.personAt[to * this.slots + slot]!];
    found.push(this.pairAt[pair * this.slots + slot]!);
    return [...new Set(found.filter((b) => b !== FREE))].sort((a, b) => a - b);
  }

  freeTables(slot: number): number {
    return this.capacity[slot]! - this.used[slot]!;
  }

  hasFreeTable(): boolean {
    return this.used.some((n, slot) => n < this.capacity[slot]!);
  }

  unplaced(): number[] {
    return this.meetings.flatMap((_, m) => (this.slotOf[m] === FREE ? [m] : []));
  }

  place(m: number, slot: number): void {
    this.undo.push({ m, slot: this.slotOf[m]! });
    this.move(m, slot);
  }

  remove(m: number): void {
    this.place(m, FREE);
  }

  mark(): number {
    return this.undo.length;
  }

  rollback(mark: number): void {
    while (this.undo.length > mark) {
      const step = this.undo.pop()!;
      this.move(step.m, step.slot);
    }
  }

  /** Forgets the undo log once a repair is kept. */
  settle(): void {
    this.undo.length = 0;
  }

  private move(m: number, slot: number): void {
    const meeting = this.meetings[m]!;
    const before = this.slotOf[m]!;
    if (before !== FREE) this.occupy(m, before, FREE, -1);
    if (slot !== FREE) this.occupy(m, slot, m, 1);
    this.slotOf[m] = slot;
    if (meeting.fixed) return;
    if (before !== FREE) this.inSlot[before]!.delete(m);
    if (slot !== FREE) this.inSlot[slot]!.add(m);
  }

  private occupy(m: number, slot: number, value: number, count: 1 | -1): void {
    const { from, to, pair, fixed } = this.meetings[m]!;
    for (const [table, row] of [
      [this.personAt, from],
      [this.personAt, to],
      [this.pairAt, pair],
    ] as const) {
      table[row * this.slots + slot] = value;
    }
    this.load[from]! += count;
    this.load[to]! += count;
    if (!fixed) this.used[slot]! += count;
  }
}
