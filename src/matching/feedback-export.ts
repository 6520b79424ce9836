// Match feedback as a labelled set: the matches people accepted, took further or declined become judgements in
// the benchmark's own layout (BEIR: corpus, queries, qrels), so `npm run bench:match` replays them against the
// engine and its peers exactly as it runs the CORDIS and Tatoeba sets.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Database } from '../db/database.ts';
import type { MatchStatus } from '../db/schema.ts';
import { challengeDocument, solutionDocument } from './documents.ts';
import * as repository from './repository.ts';

/** Relevance of a decided match: how far it got. Declined is a judged non-match (0). */
const GRADES: Partial<Record<MatchStatus, number>> = { declined: 0, accepted: 1, introduced: 1, pilot: 2, deployed: 3 };
const DECIDED = Object.keys(GRADES) as MatchStatus[];

export interface FeedbackExport {
  queries: number;
  documents: number;
  judgements: number;
  declined: number;
}

/**
 * Writes corpus.jsonl (every matchable solution and every judged one), queries.jsonl (challenges with at least one
 * match that got somewhere: a query with only non-matches cannot be scored), qrels.tsv (one line per decided
 * match, graded) and decisions.jsonl (the same with each declined match's reason and where the match came from).
 * The texts are those of every classification: the files are for the operators, not for publication.
 */
export async function exportFeedback(db: Database, folder: string): Promise<FeedbackExport> {
  const decided = await repository.decidedMatches(db, DECIDED);
  const positive = new Set(decided.filter((m) => GRADES[m.status]! > 0).map((m) => m.challenge_id));
  const challenges = await repository.challengesById(db, [...positive]);
  const judged = await repository.solutionsById(db, [...new Set(decided.map((m) => m.solution_id))]);
  const solutions = new Map([...(await repository.matchableSolutions(db)), ...judged].map((row) => [row.id, row]));
  await mkdir(folder, { recursive: true });
  await writeFile(
    join(folder, 'corpus.jsonl'),
    jsonLines(
      [...solutions.values()].map((row) => {
        const doc = solutionDocument(row);
        return { _id: doc.id, title: doc.title, text: doc.text };
      }),
    ),
  );
  await writeFile(
    join(folder, 'queries.jsonl'),
    jsonLines(
      challenges.map((row) => {
        const doc = challengeDocument(row);
        return { _id: doc.id, text: `${doc.title}. ${doc.text}` };
      }),
    ),
  );
  const judgements = decided.filter((m) => positive.has(m.challenge_id));
  await writeFile(
    join(folder, 'qrels.tsv'),
    `${[
      'query-id\tcorpus-id\tscore',
      ...judgements.map((m) => `${m.challenge_id}\t${m.solution_id}\t${GRADES[m.status]}`),
    ].join('\n')}\n`,
  );
  await writeFile(
    join(folder, 'decisions.jsonl'),
    jsonLines(
      decided.map((m) => ({
        challenge: m.challenge_id,
        solution: m.solution_id,
        status: m.status,
        grade: GRADES[m.status],
        reason: m.decline_reason,
        origin: m.origin,
      })),
    ),
  );
  return {
    queries: challenges.length,
    documents: solutions.size,
    judgements: judgements.length,
    declined: decided.filter((m) => m.status === 'declined').length,
  };
}

/** `helemaal feedback export DIR`: writes the set and says how to replay it. */
export async function feedbackExportCommand(db: Database, folder: string): Promise<void> {
  const written = await exportFeedback(db, folder);
  console.log(
    `${folder}: ${written.queries} challenges with ${written.judgements} judgements (${written.declined} declined in all) over ${written.documents} solutions`,
  );
  console.log(
    `replay: npm run bench:match -- --corpus ${join(folder, 'corpus.jsonl')} --queries ${join(folder, 'queries.jsonl')} --qrels ${join(folder, 'qrels.tsv')}`,
  );
}

function jsonLines(rows: readonly unknown[]): string {
  return rows.map((row) => JSON.stringify(row)).join('\n') + (rows.length > 0 ? '\n' : '');
}
