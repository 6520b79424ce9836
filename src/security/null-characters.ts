// PostgreSQL cannot store the NUL character in text and refuses any statement that carries one, so
// input holding it is refused at the door with a clear message, whichever route it is sent to.
import type { FastifyRequest } from 'fastify';
import type { App } from '../app-types.ts';
import { errors } from '../shared/errors.ts';

const NUL = '\u0000';

/** Parsed input is arrays and objects (a query string's have a prototype of their own); bytes are no text. */
function isContainer(value: unknown): value is Record<string, unknown> | unknown[] {
  return typeof value === 'object' && value !== null && !ArrayBuffer.isView(value);
}

/**
 * The path of the first string or key holding a NUL, or null. Walks with its own stack, as a body may
 * nest thousands of levels deep; the bytes of an uploaded file are left alone.
 */
export function nullCharacterAt(input: unknown): string | null {
  const pending: Array<[unknown, string]> = [[input, '']];
  while (pending.length > 0) {
    const [value, path] = pending.pop()!;
    if (typeof value === 'string') {
      if (value.includes(NUL)) return path;
      continue;
    }
    if (!isContainer(value)) continue;
    for (const [key, child] of Object.entries(value)) {
      const childPath = path === '' ? key : `${path}.${key}`;
      if (key.includes(NUL)) return childPath.replaceAll(NUL, '\ufffd');
      pending.push([child, childPath]);
    }
  }
  return null;
}

/** Field names in an answer stay short, even for a NUL found thousands of levels deep. */
const SHOWN_PATH = 120;

function refuseNullCharacters(request: FastifyRequest): void {
  for (const [name, part] of [
    ['params', request.params],
    ['query', request.query],
    ['body', request.body],
  ] as const) {
    const path = nullCharacterAt(part);
    if (path === null) continue;
    const field = path.length > SHOWN_PATH ? `${path.slice(0, SHOWN_PATH)}…` : path || name;
    throw errors.validation([{ field, message: 'field.null_character' }]);
  }
}

export function registerNullCharacterGuard(app: App): void {
  app.addHook('preValidation', async (request) => refuseNullCharacters(request));
}
