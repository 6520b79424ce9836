// What a call's input must satisfy beyond its schema, reported for every field at once: the four phase
// ends are Brussels times in order (questions < responses < evaluation < result), text questions have a
// length limit and choice questions two options or more, and the criteria's weights sum to 100.
import type { FieldProblem } from '../shared/errors.ts';
import { fromBrusselsInput } from '../meetings/brussels-time.ts';
import type { CallParts } from './repository.ts';
import type { QuestionInput } from './schemas.ts';

export const PHASE_FIELDS = ['questionsUntil', 'responsesUntil', 'evaluationUntil', 'resultDate'] as const;
type PhaseField = (typeof PHASE_FIELDS)[number];
export type PhaseEnds = Record<PhaseField, Date>;

interface CallContent {
  questionsUntil: string;
  responsesUntil: string;
  evaluationUntil: string;
  resultDate: string;
  questions: QuestionInput[];
  criteria: { name: string; weight: number }[];
}

/** The phase ends as instants; each one missing, unreadable, out of order or (when asked) past is named. */
function phaseEnds(input: CallContent, notBefore: Date | null, problems: FieldProblem[]): PhaseEnds | null {
  const ends: Partial<PhaseEnds> = {};
  let previous: Date | null = null;
  for (const field of PHASE_FIELDS) {
    const instant = fromBrusselsInput(input[field]);
    if (!instant) problems.push({ field, message: 'calls.error_time' });
    else if (previous && instant <= previous) problems.push({ field, message: 'calls.error_order' });
    else if (notBefore && instant <= notBefore) problems.push({ field, message: 'calls.error_past' });
    if (instant) {
      ends[field] = instant;
      previous = instant;
    }
  }
  return PHASE_FIELDS.every((f) => ends[f]) ? (ends as PhaseEnds) : null;
}

function questionColumns(questions: QuestionInput[], problems: FieldProblem[]): CallParts['questions'] {
  return questions.map((q, index) => {
    const options = (q.options ?? []).map((o) => o.trim()).filter(Boolean);
    const number = index + 1;
    if (q.kind === 'text' && q.maxLength === undefined)
      problems.push({ field: 'questions', message: 'calls.error_max_length', params: { number } });
    if (q.kind === 'choice' && new Set(options).size < 2)
      problems.push({ field: 'questions', message: 'calls.error_options', params: { number } });
    return {
      kind: q.kind,
      prompt: q.prompt.trim(),
      max_length: q.kind === 'text' ? (q.maxLength ?? null) : null,
      options: q.kind === 'choice' ? [...new Set(options)] : [],
    };
  });
}

/** The call's phase ends and parts, or the problems of every field that is wrong. */
export function callContent(input: CallContent, notBefore: Date | null) {
  const problems: FieldProblem[] = [];
  const ends = phaseEnds(input, notBefore, problems);
  const questions = questionColumns(input.questions, problems);
  const sum = input.criteria.reduce((total, c) => total + c.weight, 0);
  if (sum !== 100) problems.push({ field: 'criteria', message: 'calls.error_weights', params: { sum } });
  const criteria = input.criteria.map((c) => ({ name: c.name.trim(), weight: c.weight }));
  return { problems, ends, questions, criteria };
}
