// The publiccode.yml standard's JSON Schema (SchemaStore's copy, see SCHEMA-SOURCE.md), compiled once with ajv, and
// the YAML reading in front of it. Problems name the field by its dotted path in the file.
import { Ajv, type ErrorObject } from 'ajv';
import addFormats from 'ajv-formats';
import { parseDocument } from 'yaml';
import type { MessageKey } from '../i18n/messages.ts';
import schema from './publiccode.schema.json' with { type: 'json' };

export interface PubliccodeProblem {
  field: string;
  message: MessageKey;
  params?: Record<string, string | number>;
}

// strict off: the schema carries annotations (deprecated, descriptions) ajv's strict mode refuses.
const ajv = new Ajv({ allErrors: true, strict: false });
addFormats.default(ajv);
const validateSchema = ajv.compile(schema);

/** A file of a few kilobytes is normal; this bounds the YAML parser's work on a hostile one. */
export const MAX_PUBLICCODE_MB = 1;
const MAX_PUBLICCODE_BYTES = MAX_PUBLICCODE_MB * 1024 * 1024;

const dotted = (pointer: string): string =>
  pointer
    .split('/')
    .slice(1)
    .map((part) => part.replaceAll('~1', '/').replaceAll('~0', '~'))
    .join('.');

function problemOf(error: ErrorObject): PubliccodeProblem {
  const at = dotted(error.instancePath);
  const join = (key: string) => (at ? `${at}.${key}` : key);
  switch (error.keyword) {
    case 'required':
      return { field: join(String(error.params.missingProperty)), message: 'publiccode.required' };
    case 'additionalProperties':
      return { field: join(String(error.params.additionalProperty)), message: 'publiccode.unknown_key' };
    case 'enum':
      return {
        field: at,
        message: 'publiccode.enum',
        params: { allowed: (error.params.allowedValues as unknown[]).join(', ') },
      };
    case 'maxLength':
    case 'minLength':
      return { field: at, message: `publiccode.${error.keyword}`, params: { limit: Number(error.params.limit) } };
    case 'pattern':
      return { field: at, message: 'publiccode.pattern', params: { pattern: String(error.params.pattern) } };
    case 'format':
      return { field: at, message: 'publiccode.format', params: { format: String(error.params.format) } };
    default:
      return { field: at, message: 'publiccode.type', params: { detail: error.message ?? error.keyword } };
  }
}

/** Every way the document departs from the standard, one problem per field (oneOf's branches folded). */
export function publiccodeProblems(document: unknown): PubliccodeProblem[] {
  if (validateSchema(document)) return [];
  const seen = new Set<string>();
  const problems: PubliccodeProblem[] = [];
  for (const error of validateSchema.errors ?? []) {
    const problem = problemOf(error);
    const key = `${problem.field}\u0000${problem.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    problems.push(problem);
  }
  return problems;
}

export type ReadPubliccode = { document: Record<string, unknown> } | { problems: PubliccodeProblem[] };

/** Parses and validates a publiccode.yml file; nothing of an invalid one is used. */
export function readPubliccode(text: string): ReadPubliccode {
  if (Buffer.byteLength(text) > MAX_PUBLICCODE_BYTES)
    return { problems: [{ field: '', message: 'publiccode.too_large', params: { max: MAX_PUBLICCODE_MB } }] };
  const parsed = parseDocument(text, { uniqueKeys: true });
  if (parsed.errors.length > 0) {
    const first = parsed.errors[0];
    const line = first?.linePos?.[0]?.line ?? 0;
    return { problems: [{ field: '', message: 'publiccode.malformed_yaml', params: { line } }] };
  }
  const document: unknown = parsed.toJS({ maxAliasCount: 100 });
  if (typeof document !== 'object' || document === null || Array.isArray(document))
    return { problems: [{ field: '', message: 'publiccode.not_a_mapping' }] };
  const problems = publiccodeProblems(document);
  return problems.length ? { problems } : { document: document as Record<string, unknown> };
}
