// npm run -s bench:scheduler [-- --participants 500 --requests 2000 --runs 9 --seed 1]
// Times the matchmaking-day scheduler (src/matchmaking/scheduler.ts, issue 20) on a generated day: participants
// of organisations of one to three people, most there all day, some only the morning or the afternoon, a few with a
// break; accepted requests between people of different organisations, the popular ones asked far more often.
// Each day shape is scheduled `runs` times (the result is the same every time); prints a Markdown table (median and
// p95 wall time, placed share, an upper bound) and the machine line for BENCHMARKS.md.
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';
import { cpus, loadavg } from 'node:os';
import { execFileSync } from 'node:child_process';
import { type ScheduleInput, scheduleMeetings } from '../src/matchmaking/scheduler.ts';

const { values } = parseArgs({
  options: {
    participants: { type: 'string', default: '500' },
    requests: { type: 'string', default: '2000' },
    runs: { type: 'string', default: '9' },
    seed: { type: 'string', default: '1' },
  },
});
const PARTICIPANTS = Math.max(Number(values.participants) || 500, 4);
const REQUESTS = Math.max(Number(values.requests) || 2000, 1);
const RUNS = Math.min(Math.max(Number(values.runs) || 9, 1), 50);
/** A day of 16 slots (e.g. 20 minutes from 9:30 to 15:00): the brief's 40 tables, then a table for every request. */
const SHAPES = [
  { slots: 16, tables: 40 },
  { slots: 16, tables: 125 },
];

/** mulberry32: a small seeded generator, so every run schedules the same day. */
function generator(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function availability(random: () => number, slots: number): number[] {
  const all = Array.from({ length: slots }, (_, slot) => slot);
  const kind = random();
  if (kind < 0.15) return all.slice(0, Math.ceil(slots * 0.6)); // morning
  if (kind < 0.3) return all.slice(Math.floor(slots * 0.4)); // afternoon
  if (kind < 0.4) {
    const away = Math.floor(random() * (slots - 2));
    return all.filter((slot) => slot < away || slot > away + 1); // a break of two slots
  }
  return all;
}

function generateDay(slots: number, tables: number, seed: number): ScheduleInput {
  const random = generator(seed);
  const participants: ScheduleInput['participants'] = [];
  for (let organisation = 0; participants.length < PARTICIPANTS; organisation++) {
    const size = 1 + Math.floor(random() * random() * 3);
    for (let i = 0; i < size && participants.length < PARTICIPANTS; i++) {
      participants.push({
        id: `p${participants.length}`,
        organisationId: `o${organisation}`,
        available: availability(random, slots),
      });
    }
  }
  const requests: ScheduleInput['requests'] = [];
  const pairs = new Set<string>();
  while (requests.length < REQUESTS) {
    const from = participants[Math.floor(random() * PARTICIPANTS)]!;
    const to = participants[Math.floor(random() ** 2 * PARTICIPANTS)]!; // the first people are the most asked for
    const pair = [from.id, to.id].sort().join();
    if (from.organisationId === to.organisationId || pairs.has(pair)) continue;
    pairs.add(pair);
    requests.push({ id: `r${requests.length}`, from: from.id, to: to.id, priority: random() < 0.1 ? 1 : 0 });
  }
  return { slots, tables, participants, requests };
}

/** No schedule can place more: the tables, and each person's requests within their own free slots (halved, two people a meeting). */
function upperBound(day: ScheduleInput): number {
  const asked = new Map<string, number>();
  for (const r of day.requests) for (const id of [r.from, r.to]) asked.set(id, (asked.get(id) ?? 0) + 1);
  const perPerson = day.participants.reduce((sum, p) => sum + Math.min(asked.get(p.id) ?? 0, p.available.length), 0);
  return Math.min(day.slots * day.tables, Math.floor(perPerson / 2));
}

/** Of the people with at least one request, how many got no meeting at all. */
function withoutMeeting(day: ScheduleInput, placedIds: Set<string>): number {
  const asking = new Set(day.requests.flatMap((r) => [r.from, r.to]));
  const meeting = new Set(day.requests.filter((r) => placedIds.has(r.id)).flatMap((r) => [r.from, r.to]));
  return [...asking].filter((id) => !meeting.has(id)).length;
}

function percentile(sorted: number[], share: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil(share * sorted.length) - 1)]!;
}

const rows = SHAPES.map(({ slots, tables }) => {
  const day = generateDay(slots, tables, Number(values.seed) || 1);
  const times: number[] = [];
  let result = scheduleMeetings(day);
  for (let run = 0; run < RUNS; run++) {
    const started = performance.now();
    result = scheduleMeetings(day);
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  const placed = result.placed.length;
  const noCommon = result.unplaced.filter((u) => u.reason === 'no-common-slot').length;
  const bound = upperBound(day);
  const share = (n: number) => `${((100 * n) / REQUESTS).toFixed(1)} %`;
  const without = withoutMeeting(day, new Set(result.placed.map((p) => p.requestId)));
  return `| ${slots} × ${tables} | ${PARTICIPANTS} / ${REQUESTS} | ${percentile(times, 0.5).toFixed(0)} | ${percentile(times, 0.95).toFixed(0)} | ${placed} (${share(placed)}) | ${bound} (${share(bound)}) | ${noCommon} | ${without} |`;
});

console.log(
  '| slots × tables | participants / requests | median ms | p95 ms | placed | upper bound | no common slot | people without a meeting |',
);
console.log('| --- | --- | --- | --- | --- | --- | --- | --- |');
for (const row of rows) console.log(row);
const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim();
const load = loadavg()
  .map((l) => l.toFixed(1))
  .join(' / ');
console.log(
  `\nMachine and date: ${cpus().length} cores, ${cpus()[0]?.model.trim()}, Node ${process.version}; ${RUNS} runs per shape after one warm-up; ` +
    `load average ${load}; ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC, commit ${commit}.`,
);
