// The shape of a call's eForms E1 export in the API, documented from this TypeBox schema.
import { Type } from 'typebox';

const Value = Type.Union([
  Type.String(),
  Type.Record(Type.String(), Type.String(), { description: 'Text per language (ISO 639-3, e.g. NLD)' }),
]);
const Fields = Type.Record(Type.String(), Value, {
  description: 'Values by eForms SDK field id (e.g. BT-21-Procedure)',
});

export const E1Export = Type.Object({
  noticeSubType: Type.Literal('E1'),
  sdk: Type.Object({ version: Type.String(), source: Type.String(), licence: Type.String() }),
  notice: Fields,
  organisations: Type.Array(Fields, { description: 'The buyer: the challenge’s organisation' }),
  lots: Type.Array(Fields, { description: 'One lot: the call’s questions and response deadlines' }),
  toComplete: Type.Array(Type.String(), {
    description: 'Mandatory E1 fields the platform cannot know, to add in the procurement system',
  }),
});
