// Shapes of follows, saved searches and the contact setting, for the API and the page forms.
import { Type, type Static } from 'typebox';

export const Follow = Type.Object({
  targetType: Type.Enum(['challenge', 'solution', 'sector', 'spearhead', 'organisation']),
  target: Type.String({ minLength: 1, maxLength: 100 }),
});
export type Follow = Static<typeof Follow>;

export const SavedSearchInput = Type.Object({
  kind: Type.Enum(['challenge', 'solution']),
  query: Type.String({ maxLength: 1000, description: 'A catalogue query string, e.g. sector=care&q=tablet' }),
});

export const ContactSetting = Type.Object({
  followedOnly: Type.Boolean({
    description: 'Refuse applications and introduction requests from organisations you do not follow',
  }),
});
