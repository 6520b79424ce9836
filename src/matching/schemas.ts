// The engine's explanation of a match as data: documented in the API and checked when read back
// from a stored match record.
import { Type } from 'typebox';

export const Explanation = Type.Object({
  sharedTerms: Type.Array(Type.String()),
  translatedTerms: Type.Array(Type.Object({ from: Type.String(), to: Type.String() })),
  concepts: Type.Array(
    Type.Object({ id: Type.String(), label: Type.Object({ nl: Type.String(), en: Type.String(), fr: Type.String() }) }),
  ),
  sectors: Type.Array(Type.String()),
  spearheads: Type.Array(Type.Integer()),
  regions: Type.Array(Type.String()),
  sameLanguage: Type.Boolean(),
  languages: Type.Array(Type.String(), { minItems: 2, maxItems: 2 }),
  textScore: Type.Number(),
  structureScore: Type.Number(),
});
