import { Type, type Static } from 'typebox';

export const FeedbackInput = Type.Object({
  page: Type.String({ minLength: 1, maxLength: 300 }),
  message: Type.String({ minLength: 10, maxLength: 5000 }),
  contactEmail: Type.Optional(Type.String({ format: 'email', maxLength: 254 })),
});
export type FeedbackInput = Static<typeof FeedbackInput>;
