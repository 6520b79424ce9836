// Once a call has a response, its questions and criteria stay as they are: answers (and later scores)
// refer to them, and every respondent answered the same questions. An edit may still change the rest.
import type { Database } from '../db/database.ts';
import { errors } from '../shared/errors.ts';
import type { CallParts } from './repository.ts';
import { partsOf } from './repository.ts';
import { hasResponses } from './responses-repository.ts';

const questionsOf = (questions: CallParts['questions']) =>
  JSON.stringify(questions.map((q) => [q.kind, q.prompt, q.max_length, q.options]));
const criteriaOf = (criteria: CallParts['criteria']) => JSON.stringify(criteria.map((c) => [c.name, c.weight]));

/** Whether the call's questions and criteria are locked; a clear 409 when the edit would change them. */
export async function questionsLocked(db: Database, callId: string, wanted: CallParts): Promise<boolean> {
  if (!(await hasResponses(db, callId))) return false;
  const stored = await partsOf(db, callId);
  const same =
    questionsOf(stored.questions) === questionsOf(wanted.questions) &&
    criteriaOf(stored.criteria) === criteriaOf(wanted.criteria);
  if (!same) throw errors.conflict('questions_locked', 'calls.error_questions_locked');
  return true;
}
