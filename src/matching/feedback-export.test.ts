import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startWorld, publish, type World } from '../test-support/matches-world.ts';
import { challengeInput, solutionInput } from '../test-support/items.ts';
import type { MatchStatus } from '../db/schema.ts';
import { exportFeedback, feedbackExportCommand } from './feedback-export.ts';
import { MatchEngine } from './engine/index.ts';
import { ndcgAt, parseQrels } from './evaluation/metrics.ts';

let w: World;
let folder: string;
let otherSolution: string;
let otherChallenge: string;

async function decided(
  challengeId: string,
  solutionId: string,
  status: MatchStatus,
  reason: string | null = null,
): Promise<void> {
  await w.h.db
    .insertInto('matches')
    .values({ challenge_id: challengeId, solution_id: solutionId, origin: 'engine', status, decline_reason: reason })
    .execute();
}

async function lines(name: string): Promise<Record<string, unknown>[]> {
  const text = await readFile(join(folder, name), 'utf8');
  return text
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}

before(async () => {
  w = await startWorld();
  folder = await mkdtemp(join(tmpdir(), 'hd-feedback-'));
  otherSolution = await publish(
    w.h,
    'solutions',
    w.provider,
    w.ambassador,
    solutionInput({
      title: 'Slimme verlichting voor sporthallen',
      description: 'LED-verlichting die zichzelf dimt wanneer de zaal leeg is.',
    }),
  );
  otherChallenge = await publish(
    w.h,
    'challenges',
    w.careHome,
    w.ambassador,
    challengeInput({ title: 'Minder energie in de sporthal', description: 'De verlichting brandt de hele dag.' }),
  );
  await decided(w.challengeId, w.solutionId, 'deployed');
  await decided(w.challengeId, otherSolution, 'declined', 'past niet bij onze bewoners');
  await decided(otherChallenge, w.solutionId, 'declined', 'geen verlichting');
  await decided(otherChallenge, otherSolution, 'suggested');
});
after(async () => {
  await rm(folder, { recursive: true, force: true });
  await w.h.close();
});

test('decided matches become graded judgements: deployed counts 3, declined 0, undecided ones are left out', async () => {
  const written = await exportFeedback(w.h.db, folder);
  const qrels = parseQrels(await readFile(join(folder, 'qrels.tsv'), 'utf8'));
  assert.deepEqual([...qrels.keys()], [w.challengeId], 'a challenge with only declined matches cannot be scored');
  assert.deepEqual(Object.fromEntries(qrels.get(w.challengeId)!), { [w.solutionId]: 3, [otherSolution]: 0 });
  assert.deepEqual(written, { queries: 1, documents: 2, judgements: 2, declined: 2 });
});

test('the labelled set keeps each declined match with its reason and the texts in the benchmark layout', async () => {
  await exportFeedback(w.h.db, folder);
  const decisions = await lines('decisions.jsonl');
  assert.deepEqual(
    decisions
      .filter((d) => d.status === 'declined')
      .map((d) => d.reason)
      .sort(),
    ['geen verlichting', 'past niet bij onze bewoners'],
  );
  const [query] = await lines('queries.jsonl');
  assert.equal(query!._id, w.challengeId);
  assert.match(String(query!.text), /^Videogesprekken tegen eenzaamheid in het woonzorgcentrum\. Onze bewoners/);
  const corpus = await lines('corpus.jsonl');
  assert.deepEqual(corpus.map((d) => d._id).sort(), [w.solutionId, otherSolution].sort());
  assert.ok(corpus.every((d) => typeof d.title === 'string' && typeof d.text === 'string'));
});

test('the exported set replays through the engine and scores its ranking', async () => {
  await exportFeedback(w.h.db, folder);
  const engine = new MatchEngine();
  for (const doc of await lines('corpus.jsonl'))
    engine.upsert({
      id: String(doc._id),
      kind: 'solution',
      title: String(doc.title),
      text: String(doc.text),
      language: 'nl',
    });
  const qrels = parseQrels(await readFile(join(folder, 'qrels.tsv'), 'utf8'));
  const [query] = await lines('queries.jsonl');
  const ranked = engine
    .matchesFor(
      { id: 'q', kind: 'challenge', title: String(query!.text), text: '', language: 'nl' },
      { kind: 'solution', limit: 10 },
    )
    .map((r) => r.id);
  assert.equal(ranked[0], w.solutionId, 'the deployed solution fits the care home best');
  assert.equal(ndcgAt(10, ranked, qrels.get(w.challengeId)!), 1);
});

test('the command says what it wrote and how to replay it with the benchmark', async (t) => {
  const output = t.mock.method(console, 'log', () => {});
  await feedbackExportCommand(w.h.db, folder);
  const said = output.mock.calls.map((call) => String(call.arguments[0]));
  assert.match(said[0]!, /1 challenges with 2 judgements \(2 declined in all\) over 2 solutions/);
  assert.equal(
    said[1],
    `replay: npm run bench:match -- --corpus ${join(folder, 'corpus.jsonl')} --queries ${join(folder, 'queries.jsonl')} --qrels ${join(folder, 'qrels.tsv')}`,
  );
});
