// What a response's answers must satisfy, per question kind, every problem named at its question: a text
// within the question's length, a choice among its options, yes or no, a price range from ≤ to, both ≥ 0.
// A draft may leave answers out; a submitted response answers every question.
import type { FieldProblem } from '../shared/errors.ts';
import type { CallResponseAnswersTable } from '../db/call-tables.ts';
import type { ResponseAnswer } from './responses-schemas.ts';

export interface AskedQuestion {
  id: string;
  kind: 'text' | 'choice' | 'yes_no' | 'price_range';
  max_length: number | null;
  options: string[];
}

type AnswerColumns = Omit<CallResponseAnswersTable, 'response_id'>;

/** The field a question's answer has in the form and in every problem about it. */
export const answerField = (questionId: string) => `answer-${questionId}`;

/** Prices are stored with two decimals below a trillion euro. */
const MAX_PRICE = 999_999_999_999;

function priceProblem(from: number | null, to: number | null): FieldProblem['message'] | null {
  const wrong = (price: number | null) =>
    price !== null && !(Number.isFinite(price) && price >= 0 && price <= MAX_PRICE);
  if (wrong(from) || wrong(to)) return 'calls.response_error_price';
  return from !== null && to !== null && to < from ? 'calls.response_error_price_order' : null;
}

/** The answer's columns, or what is wrong with it; null when it is left out. */
function answerColumns(question: AskedQuestion, answer: ResponseAnswer | undefined) {
  const empty = {
    question_id: question.id,
    text_answer: null,
    choice: null,
    yes_no: null,
    price_from: null,
    price_to: null,
  };
  const field = answerField(question.id);
  const problem = (message: FieldProblem['message'], params?: FieldProblem['params']) => ({
    problem: { field, message, ...(params ? { params } : {}) } as FieldProblem,
  });
  switch (question.kind) {
    case 'text': {
      const text = answer?.text?.replace(/\r\n?/g, '\n').trim() ?? '';
      if (!text) return null;
      const max = question.max_length ?? 10_000;
      return text.length > max ? problem('field.too_long', { max }) : { row: { ...empty, text_answer: text } };
    }
    case 'choice': {
      const choice = answer?.choice?.trim() ?? '';
      if (!choice) return null;
      return question.options.includes(choice) ? { row: { ...empty, choice } } : problem('calls.response_error_choice');
    }
    case 'yes_no':
      return answer?.yesNo === undefined ? null : { row: { ...empty, yes_no: answer.yesNo } };
    case 'price_range': {
      const from = answer?.priceFrom ?? null;
      const to = answer?.priceTo ?? null;
      if (from === null && to === null) return null;
      const wrong = priceProblem(from, to);
      return wrong ? problem(wrong) : { row: { ...empty, price_from: from, price_to: to } };
    }
  }
}

/** The answers as rows, or every problem at once; `complete` asks for every question answered in full. */
export function checkedAnswers(questions: AskedQuestion[], answers: ResponseAnswer[], complete: boolean) {
  const byQuestion = new Map(answers.map((a) => [a.questionId, a]));
  const problems: FieldProblem[] = [];
  const rows: AnswerColumns[] = [];
  if (answers.some((a) => !questions.some((q) => q.id === a.questionId)))
    problems.push({ field: 'answers', message: 'calls.response_error_unknown_question' });
  for (const question of questions) {
    const checked = answerColumns(question, byQuestion.get(question.id));
    const partialPrice =
      checked &&
      'row' in checked &&
      question.kind === 'price_range' &&
      (checked.row.price_from === null || checked.row.price_to === null);
    if (checked && 'problem' in checked) problems.push(checked.problem);
    else if (complete && (!checked || partialPrice))
      problems.push({ field: answerField(question.id), message: 'field.required' });
    else if (checked) rows.push(checked.row);
  }
  return { rows, problems };
}
