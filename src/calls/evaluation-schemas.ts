// The shapes of a call's evaluation in the API: the panel member's declaration, their scores per
// response and criterion, the figures (weighted totals and their spread), and the owner's decision.
import { Type, type Static } from 'typebox';

export const CONFLICTS = ['none', 'conflict'] as const;
export const DECISIONS = ['shortlist', 'invite_to_pilot', 'award', 'no_award'] as const;
export type Decision = (typeof DECISIONS)[number];

export const DeclarationInput = Type.Object({
  conflict: Type.Enum([...CONFLICTS], {
    description: 'none: no conflict of interest, may see and score responses; conflict: excused from this call',
  }),
});
export type DeclarationInput = Static<typeof DeclarationInput>;

export const ScoresInput = Type.Object({
  responseId: Type.String({ format: 'uuid' }),
  scores: Type.Array(
    Type.Object({
      criterionId: Type.String({ format: 'uuid' }),
      score: Type.Integer({ minimum: 0, maximum: 10 }),
      comment: Type.String({ maxLength: 2000 }),
    }),
    { minItems: 1, maxItems: 10, description: 'One score per criterion of the call, each 0–10 with a comment' },
  ),
});
export type ScoresInput = Static<typeof ScoresInput>;

export const DecisionInput = Type.Object({
  decisions: Type.Array(
    Type.Object({
      responseId: Type.String({ format: 'uuid' }),
      decision: Type.Enum([...DECISIONS]),
      reasons: Type.String({ minLength: 1, maxLength: 4000 }),
    }),
    { minItems: 1, maxItems: 200 },
  ),
});
export type DecisionInput = Static<typeof DecisionInput>;

const Figure = Type.Union([Type.Number(), Type.Null()]);

export const Evaluation = Type.Object({
  callId: Type.String(),
  declaration: Type.Union([Type.Enum([...CONFLICTS]), Type.Null()], {
    description: 'The caller’s own declaration; null until they declared',
  }),
  sealed: Type.Boolean({ description: 'True before the response deadline: nothing may be seen or scored' }),
  decidedAt: Type.Union([Type.String(), Type.Null()]),
  mayDecide: Type.Boolean({ description: 'Whether the caller may record the decision' }),
  criteria: Type.Array(Type.Object({ id: Type.String(), name: Type.String(), weight: Type.Integer() })),
  responses: Type.Array(
    Type.Object({
      id: Type.String(),
      organisation: Type.String(),
      solution: Type.Object({ id: Type.String(), title: Type.String() }),
      submittedAt: Type.String(),
      decision: Type.Union([Type.Enum([...DECISIONS]), Type.Null()]),
      reasons: Type.Union([Type.String(), Type.Null()]),
      answers: Type.Array(
        Type.Object({
          question: Type.String(),
          kind: Type.Enum(['text', 'choice', 'yes_no', 'price_range']),
          text: Type.Union([Type.String(), Type.Null()]),
          yesNo: Type.Union([Type.Boolean(), Type.Null()]),
          priceFrom: Type.Union([Type.Number(), Type.Null()]),
          priceTo: Type.Union([Type.Number(), Type.Null()]),
        }),
        { description: 'The response’s answer to each question of the call, in the call’s order' },
      ),
      files: Type.Array(Type.Object({ id: Type.String(), name: Type.String(), size: Type.Integer() }), {
        description: 'Its PDF files: download at /api/v1/call-response-attachments/{id}',
      }),
      scores: Type.Array(
        Type.Object({
          member: Type.String({ description: 'Panel member’s name' }),
          own: Type.Boolean({ description: 'Whether the caller gave this score' }),
          criterionId: Type.String(),
          score: Type.Integer(),
          comment: Type.String(),
        }),
      ),
      totals: Type.Array(Type.Object({ member: Type.String(), total: Type.Number() }), {
        description: 'Each member’s weighted total, Σ weight × score / 10 (0–100), once they scored every criterion',
      }),
      mean: Figure,
      min: Figure,
      max: Figure,
      standardDeviation: Type.Union([Type.Number(), Type.Null()], {
        description: 'Population standard deviation of the members’ weighted totals',
      }),
    }),
  ),
});
export type Evaluation = Static<typeof Evaluation>;
