// Shapes of API keys in the admin API.
import { Type, type Static } from 'typebox';

export const ApiKeyInput = Type.Object({
  clientName: Type.String({ minLength: 2, maxLength: 120, description: 'Who uses the key.' }),
  rateLimitPerMinute: Type.Integer({
    minimum: 1,
    maximum: 100_000,
    description: 'Requests per minute allowed with this key, over all public read routes together.',
  }),
});
export type ApiKeyInput = Static<typeof ApiKeyInput>;

export const ApiKey = Type.Object({
  id: Type.String(),
  clientName: Type.String(),
  keyPrefix: Type.String({ description: 'The first characters of the key, to tell keys apart.' }),
  rateLimitPerMinute: Type.Integer(),
  createdAt: Type.String(),
  lastUsedAt: Type.Union([Type.String(), Type.Null()]),
  revokedAt: Type.Union([Type.String(), Type.Null()]),
});

export const IssuedApiKey = Type.Object({
  ...ApiKey.properties,
  key: Type.String({ description: 'The key itself. Shown only in this response; store it now.' }),
});

export const ApiKeyList = Type.Object({ items: Type.Array(ApiKey) });
