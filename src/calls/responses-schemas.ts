// The shapes of call responses in the API: a provider organisation's answer to a call with one of its
// solutions, an answer per question, and PDF files.
import { Type, type Static } from 'typebox';

export const ResponseAnswer = Type.Object({
  questionId: Type.String({ format: 'uuid' }),
  text: Type.Optional(Type.String({ maxLength: 20_000, description: 'For text questions, within their maxLength' })),
  choice: Type.Optional(Type.String({ maxLength: 200, description: 'For choice questions: one of the options' })),
  yesNo: Type.Optional(Type.Boolean({ description: 'For yes/no questions' })),
  priceFrom: Type.Optional(Type.Number({ description: 'For price ranges: euro, at least 0' })),
  priceTo: Type.Optional(Type.Number({ description: 'For price ranges: euro, at least priceFrom' })),
});
export type ResponseAnswer = Static<typeof ResponseAnswer>;

export const ResponseInput = Type.Object({
  solutionId: Type.String({ format: 'uuid', description: 'A published solution of the responding organisation' }),
  answers: Type.Array(ResponseAnswer, { maxItems: 20, description: 'One per question; a draft may leave some out' }),
});
export type ResponseInput = Static<typeof ResponseInput>;

const Instant = Type.String({ description: 'UTC instant' });

export const ResponseAttachment = Type.Object({
  id: Type.String(),
  name: Type.String(),
  mediaType: Type.String(),
  size: Type.Integer(),
  download: Type.String(),
});

export const CallResponse = Type.Object({
  id: Type.String(),
  callId: Type.String(),
  organisation: Type.Object({ id: Type.String(), name: Type.String() }),
  solution: Type.Object({ id: Type.String(), title: Type.String() }),
  status: Type.Enum(['draft', 'submitted', 'withdrawn']),
  submittedAt: Type.Union([Instant, Type.Null()]),
  updatedAt: Instant,
  responsesUntil: Instant,
  mayChange: Type.Boolean({ description: 'Whether it may still be changed or withdrawn (before the deadline)' }),
  answers: Type.Array(
    Type.Object({
      questionId: Type.String(),
      text: Type.Union([Type.String(), Type.Null()]),
      choice: Type.Union([Type.String(), Type.Null()]),
      yesNo: Type.Union([Type.Boolean(), Type.Null()]),
      priceFrom: Type.Union([Type.Number(), Type.Null()]),
      priceTo: Type.Union([Type.Number(), Type.Null()]),
    }),
  ),
  attachments: Type.Array(ResponseAttachment),
  links: Type.Object({ self: Type.String(), page: Type.String() }),
});
export type CallResponse = Static<typeof CallResponse>;

export const ResponseAttachmentParams = Type.Object({
  id: Type.String({ format: 'uuid' }),
  attachmentId: Type.String({ format: 'uuid' }),
});
