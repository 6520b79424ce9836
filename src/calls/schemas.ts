// The shapes of open calls in the API, validated and documented from these TypeBox schemas. Phase ends
// come in as Brussels wall-clock times (as a datetime-local field sends them) and go out as UTC instants.
import { Type, type Static } from 'typebox';
import { SECTORS, SPEARHEAD_NUMBERS, REGIONS } from '../taxonomy/taxonomy.ts';

export const CALL_KINDS = ['market_consultation', 'request_for_information', 'call_for_pilots'] as const;
export const CALL_STATUSES = ['draft', 'submitted', 'returned', 'open'] as const;
export const CALL_PHASES = ['questions', 'responses', 'evaluation', 'result', 'decided', 'closed'] as const;
export const QUESTION_KINDS = ['text', 'choice', 'yes_no', 'price_range'] as const;
export type CallPhase = (typeof CALL_PHASES)[number];

const brussels = (what: string) =>
  Type.String({ maxLength: 16, description: `${what}, Brussels local time`, examples: ['2027-03-18T17:00'] });

export const QuestionInput = Type.Object({
  kind: Type.Enum([...QUESTION_KINDS], {
    description: 'text: free text up to maxLength; choice: one of options; yes_no; price_range: from–to in euro',
  }),
  prompt: Type.String({ minLength: 3, maxLength: 500 }),
  maxLength: Type.Optional(Type.Integer({ minimum: 50, maximum: 10_000, description: 'For text questions' })),
  options: Type.Optional(
    Type.Array(Type.String({ minLength: 1, maxLength: 200 }), {
      maxItems: 10,
      description: 'For choice questions: two to ten options',
    }),
  ),
});
export type QuestionInput = Static<typeof QuestionInput>;

export const CriterionInput = Type.Object({
  name: Type.String({ minLength: 3, maxLength: 200 }),
  weight: Type.Integer({ minimum: 1, maximum: 100, description: 'Per cent; the weights of a call sum to 100' }),
});

const callFields = {
  kind: Type.Enum([...CALL_KINDS]),
  eligibility: Type.String({ maxLength: 4000, description: 'Who may respond' }),
  questionsUntil: brussels('Last moment to ask a public question'),
  responsesUntil: brussels('Deadline for responses, after the questions'),
  evaluationUntil: brussels('End of the evaluation, after the responses'),
  resultDate: brussels('When the result is known, after the evaluation'),
  questions: Type.Array(QuestionInput, { minItems: 1, maxItems: 20, description: 'What every respondent answers' }),
  criteria: Type.Array(CriterionInput, { minItems: 1, maxItems: 10, description: 'Weights summing to 100' }),
  panel: Type.Array(Type.String({ format: 'uuid' }), {
    maxItems: 20,
    uniqueItems: true,
    description: 'People who evaluate: members of the challenge’s organisation and ambassadors',
  }),
  publishResult: Type.Boolean({ description: 'Whether the result will be published on the call page' }),
};

export const CallInput = Type.Object({ challengeId: Type.String({ format: 'uuid' }), ...callFields });
export type CallInput = Static<typeof CallInput>;

export const CallUpdate = Type.Object({
  ...callFields,
  clarification: Type.Optional(
    Type.String({
      maxLength: 2000,
      description: 'Required once the call is open: what changed, shown dated on the call page',
    }),
  ),
});
export type CallUpdate = Static<typeof CallUpdate>;

export const ReviewInput = Type.Object({
  decision: Type.Enum(['approve', 'return']),
  reason: Type.Optional(Type.String({ maxLength: 2000, description: 'Required when returning' })),
});
export type ReviewInput = Static<typeof ReviewInput>;

export const AskInput = Type.Object({ question: Type.String({ minLength: 10, maxLength: 2000 }) });
export const AnswerInput = Type.Object({ answer: Type.String({ minLength: 2, maxLength: 4000 }) });

export const CallListQuery = Type.Object({
  status: Type.Optional(Type.Array(Type.Enum([...CALL_STATUSES]), { maxItems: 4 })),
  phase: Type.Optional(Type.Array(Type.Enum([...CALL_PHASES]), { maxItems: 6 })),
  sector: Type.Optional(Type.Array(Type.Enum(Object.keys(SECTORS)), { maxItems: 14 })),
  spearhead: Type.Optional(Type.Array(Type.Enum([...SPEARHEAD_NUMBERS]), { maxItems: 9 })),
  region: Type.Optional(Type.Array(Type.Enum(Object.keys(REGIONS)), { maxItems: 12 })),
  challenge: Type.Optional(Type.String({ format: 'uuid', description: 'Only the calls on this challenge' })),
  q: Type.Optional(
    Type.String({
      maxLength: 200,
      description:
        'Words in any of the platform languages: calls whose challenge the catalogue search finds, best first',
    }),
  ),
});
export type CallListQuery = Static<typeof CallListQuery>;

const Instant = Type.String({ description: 'UTC instant' });

export const Call = Type.Object({
  id: Type.String(),
  kind: Type.Enum([...CALL_KINDS]),
  status: Type.Enum([...CALL_STATUSES]),
  phase: Type.Union([Type.Enum([...CALL_PHASES]), Type.Null()], { description: 'Null until the call is open' }),
  challenge: Type.Object({
    id: Type.String(),
    title: Type.String(),
    organisation: Type.String(),
    sectors: Type.Array(Type.String()),
    spearheads: Type.Array(Type.Integer()),
    region: Type.String(),
    language: Type.String(),
  }),
  eligibility: Type.String(),
  questionsUntil: Instant,
  responsesUntil: Instant,
  evaluationUntil: Instant,
  resultDate: Instant,
  publishResult: Type.Boolean(),
  openedAt: Type.Union([Instant, Type.Null()]),
  returnReason: Type.Union([Type.String(), Type.Null()], { description: 'Why an ambassador returned it' }),
  questions: Type.Array(
    Type.Object({
      id: Type.String(),
      kind: Type.Enum([...QUESTION_KINDS]),
      prompt: Type.String(),
      maxLength: Type.Union([Type.Integer(), Type.Null()]),
      options: Type.Array(Type.String()),
    }),
  ),
  criteria: Type.Array(Type.Object({ id: Type.String(), name: Type.String(), weight: Type.Integer() })),
  panel: Type.Array(Type.Object({ id: Type.String(), name: Type.String() }), {
    description: 'Shown to those who manage the call only; empty for anyone else',
  }),
  clarifications: Type.Array(Type.Object({ text: Type.String(), date: Instant })),
  answeredQuestions: Type.Array(
    Type.Object({ id: Type.String(), question: Type.String(), answer: Type.String(), answeredAt: Instant }),
    { description: 'Public questions with their answers; who asked is never given' },
  ),
  openQuestions: Type.Array(Type.Object({ id: Type.String(), question: Type.String(), askedAt: Instant }), {
    description: 'Questions still to answer, for those who manage the call; empty for anyone else',
  }),
  links: Type.Object({ self: Type.String(), page: Type.String() }),
});
export type Call = Static<typeof Call>;

export const CallList = Type.Object({ items: Type.Array(Call) });
export const PublicQuestion = Type.Object({ id: Type.String(), question: Type.String(), askedAt: Instant });
export const QaParams = Type.Object({ id: Type.String({ format: 'uuid' }), qaId: Type.String({ format: 'uuid' }) });
