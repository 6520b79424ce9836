// Schema pieces every HTTP route may use, whatever its area.
import { Type } from 'typebox';

export const Id = Type.String({ format: 'uuid' });
export const IdParams = Type.Object({ id: Id });

export const ErrorBody = Type.Object({
  error: Type.Object({
    id: Type.String(),
    message: Type.String(),
    fields: Type.Array(Type.Object({ field: Type.String(), message: Type.String() })),
  }),
});
