// Generators of hostile input for the robustness suite: strings that have broken other systems,
// near-valid JSON bodies derived from a route's own JSON Schema with one guaranteed violation,
// malformed ids, query strings and form posts.
import fc from 'fast-check';

export interface JsonSchema {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  enum?: unknown[];
  const?: unknown;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  items?: JsonSchema;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  pattern?: string;
  minItems?: number;
  format?: string;
  default?: unknown;
}

/** A request body as raw text; mustFail marks bodies that break the route's schema for sure. */
export interface BodyCase {
  kind: string;
  raw: string;
  mustFail: boolean;
}

export const BODY_LIMIT = 1_048_576;

const NASTY = [
  "' OR '1'='1' --",
  "'); DROP TABLE people; --",
  '1; SELECT pg_sleep(5)',
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  'javascript:alert(1)',
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a template-injection probe, literally
  '{{7*7}}${7*7}',
  '../../../../etc/passwd',
  '%00%0d%0a',
  '\u0000',
  '\u0007\u001b[31m',
  '\r\nSet-Cookie: x=1',
  '\u202e\u200b\ufeff',
  '\ud800',
  '𝕳𝖊𝖑𝖊𝖒𝖆𝖆𝖑 😀👩‍👩‍👧',
  'Z̷̢̛a̵l̸g̶o̴',
  '__proto__',
  'constructor',
  'NaN',
  '-1',
  '1e309',
  '9'.repeat(40),
  'null',
  'true',
  '',
  ' '.repeat(300),
  '{"$gt": ""}',
  'a@b',
  'é'.repeat(3000),
];

export const hostileText: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...NASTY) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }) },
  { weight: 1, arbitrary: fc.integer({ min: 2_000, max: 70_000 }).map((n) => 'x'.repeat(n)) },
);

/** Nested arrays deep enough to hurt a recursive validator or serialiser. */
export const deepNesting: fc.Arbitrary<string> = fc
  .integer({ min: 100, max: 5_000 })
  .map((depth) => '['.repeat(depth) + ']'.repeat(depth));

const hostileJson: fc.Arbitrary<unknown> = fc.oneof(
  hostileText,
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.array(hostileText, { maxLength: 4 }),
  fc.dictionary(hostileText, hostileText, { maxKeys: 3 }),
);

/** Values no JSON Schema type except object can accept, even with type coercion on. */
const NOT_A_SCALAR = { $gt: '', nested: { deeper: [1, { x: null }] } };

function types(schema: JsonSchema): string[] {
  if (schema.type) return [schema.type].flat();
  const branches = schema.anyOf ?? schema.oneOf;
  if (branches) return branches.flatMap(types);
  return schema.enum || schema.const !== undefined ? ['enum'] : ['any'];
}

function sampleString(schema: JsonSchema): string {
  if (schema.format === 'uuid') return '00000000-0000-4000-8000-000000000000';
  if (schema.format === 'email') return 'fuzz@voorbeeld.test';
  if (schema.format === 'uri') return 'https://voorbeeld.test';
  const length = Math.min(Math.max(schema.minLength ?? 0, 8), schema.maxLength ?? 8);
  return 'Voorbeeld'.padEnd(length, 'x').slice(0, length);
}

/** A value that satisfies the schema, as the starting point of a near-valid body. */
export function sampleValid(schema: JsonSchema): unknown {
  if (schema.const !== undefined) return schema.const;
  if (schema.enum) return schema.enum[0];
  const branch = (schema.anyOf ?? schema.oneOf)?.[0];
  if (branch) return sampleValid(branch);
  switch (types(schema)[0]) {
    case 'string':
      return sampleString(schema);
    case 'integer':
    case 'number':
      return schema.minimum ?? 1;
    case 'boolean':
      return true;
    case 'array':
      return Array.from({ length: Math.max(schema.minItems ?? 1, 1) }, () => sampleValid(schema.items ?? {}));
    case 'object':
      return Object.fromEntries(Object.entries(schema.properties ?? {}).map(([k, v]) => [k, sampleValid(v)]));
    default:
      return null;
  }
}

type Mutation = (base: Record<string, unknown>) => fc.Arbitrary<BodyCase>;

function mutations(schema: JsonSchema): Mutation[] {
  const properties = Object.entries(schema.properties ?? {});
  const found: Mutation[] = [];
  const typed = properties.filter(([, p]) => !types(p).some((t) => t === 'object' || t === 'any'));
  if (typed.length > 0) {
    found.push((base) =>
      fc.constantFrom(...typed).map(([name]) => json('wrong-type', { ...base, [name]: NOT_A_SCALAR }, true)),
    );
    found.push((base) =>
      fc.tuple(fc.constantFrom(...typed), deepNesting).map(([[name], nest]) => ({
        kind: 'deep-nesting',
        raw: JSON.stringify({ ...base, [name]: null }).replace(`"${name}":null`, `"${name}":${nest}`),
        mustFail: true,
      })),
    );
  }
  // A required field with a default is filled in by the validator, so leaving it out is no violation.
  const required = (schema.required ?? []).filter((name) => schema.properties?.[name]?.default === undefined);
  if (required.length > 0) {
    found.push((base) =>
      fc.constantFrom(...required).map((name) => {
        const rest = { ...base };
        delete rest[name];
        return json('missing-field', rest, true);
      }),
    );
  }
  const bounded = properties.filter(([, p]) => p.maxLength !== undefined && types(p).every((t) => t === 'string'));
  if (bounded.length > 0) {
    found.push((base) =>
      fc
        .tuple(fc.constantFrom(...bounded), hostileText)
        .map(([[name, p], text]) =>
          json(
            'too-long',
            { ...base, [name]: (text + 'x'.repeat((p.maxLength ?? 0) + 1)).padEnd((p.maxLength ?? 0) + 1, 'x') },
            true,
          ),
        ),
    );
  }
  const enums = properties.filter(([, p]) => Array.isArray(p.enum));
  if (enums.length > 0) {
    found.push((base) =>
      fc
        .tuple(fc.constantFrom(...enums), hostileText)
        .map(([[name, p], text]) =>
          json('not-in-enum', { ...base, [name]: p.enum?.includes(text) ? `${text}?` : text }, true),
        ),
    );
  }
  return found;
}

function json(kind: string, value: unknown, mustFail: boolean): BodyCase {
  return { kind, raw: JSON.stringify(value), mustFail };
}

/** Bodies broken whatever the route expects: they never reach a handler. */
const brokenEnvelope: fc.Arbitrary<BodyCase> = fc.oneof(
  fc.constantFrom<BodyCase>(
    {
      kind: 'proto-pollution',
      raw: '{"__proto__":{"polluted":"yes"},"constructor":{"prototype":{"polluted":"yes"}}}',
      mustFail: true,
    },
    { kind: 'truncated-json', raw: '{"title": "Voorbeeld", "description": [', mustFail: true },
    { kind: 'beyond-body-limit', raw: `{"x":"${'a'.repeat(BODY_LIMIT + 10)}"}`, mustFail: true },
  ),
  hostileText.map((text) => ({ kind: 'not-json', raw: `${text}}{`, mustFail: true })),
);

/**
 * Text of exactly `length` characters that is costly to analyse: one long word (compound splitting,
 * typo tolerance) or many distinct words (one posting list each).
 */
export function textOfLength(length: number): fc.Arbitrary<string> {
  return fc.oneof(
    fc.constantFrom('ouderenzorg', 'afstandsonderwijs', 'x').map((word) => oneWord(word, length)),
    fc.nat({ max: 1_000_000 }).map((seed) => distinctWords(seed, length)),
  );
}

const oneWord = (word: string, length: number): string => word.repeat(Math.ceil(length / word.length)).slice(0, length);
const distinctWords = (seed: number, length: number): string =>
  Array.from({ length: Math.ceil(length / 6) }, (_, i) => `${(seed + i).toString(36)}zorg`)
    .join(' ')
    .slice(0, length);

function boundedStrings(schema: JsonSchema): Array<[string, number]> {
  return Object.entries(schema.properties ?? {}).flatMap(([name, p]) =>
    p.maxLength !== undefined && types(p).every((t) => t === 'string') ? [[name, p.maxLength] as [string, number]] : [],
  );
}

/** Every bounded string at its longest: the most work a route accepts in one valid-looking body. */
function atTheLimits(schema: JsonSchema, base: Record<string, unknown>): fc.Arbitrary<BodyCase> | null {
  const bounded = boundedStrings(schema);
  if (bounded.length === 0) return null;
  return fc
    .tuple(...bounded.map(([name, max]) => textOfLength(max).map((text) => [name, text] as const)))
    .map((fields) => json('at-the-limits', { ...base, ...Object.fromEntries(fields) }, false));
}

/** The longest bodies a route accepts, as one long word and as many distinct words: tried on every route, not left to chance. */
export function edgeBodies(schema: JsonSchema | undefined): BodyCase[] {
  if (!schema || types(schema)[0] !== 'object') return [];
  const bounded = boundedStrings(schema);
  if (bounded.length === 0) return [];
  const base = sampleValid(schema) as Record<string, unknown>;
  return [(max: number) => oneWord('ouderenzorg', max), (max: number) => distinctWords(7, max)].map((fill) =>
    json('at-the-limits', { ...base, ...Object.fromEntries(bounded.map(([name, max]) => [name, fill(max)])) }, false),
  );
}

/** Near-valid bodies for a route with a JSON body schema, and hostile but possibly acceptable ones. */
export function bodiesFor(schema: JsonSchema | undefined): fc.Arbitrary<BodyCase> {
  const loose = hostileJson.map((value) => json('hostile-value', value, false));
  if (!schema || types(schema)[0] !== 'object')
    return fc.oneof({ weight: 3, arbitrary: loose }, { weight: 1, arbitrary: brokenEnvelope });
  const base = sampleValid(schema) as Record<string, unknown>;
  const hostileFields = fc
    .record(
      Object.fromEntries(
        Object.keys(schema.properties ?? {}).map((k) => [k, fc.oneof(fc.constant(base[k]), hostileJson)]),
      ),
    )
    .map((value) => json('hostile-fields', value, false));
  const notAnObject = fc
    .oneof(fc.array(hostileJson, { maxLength: 3 }), hostileText, fc.integer(), fc.constant(null))
    .map((v) => json('not-an-object', v, true));
  const longest = atTheLimits(schema, base);
  return fc.oneof(
    ...mutations(schema).map((m) => ({ weight: 3, arbitrary: m(base) })),
    ...(longest ? [{ weight: 2, arbitrary: longest }] : []),
    { weight: 2, arbitrary: hostileFields },
    { weight: 1, arbitrary: notAnObject },
    { weight: 1, arbitrary: brokenEnvelope },
  );
}

const BAD_IDS = [
  'not-a-uuid',
  "1' OR '1'='1",
  '00000000-0000-0000-0000-00000000000g',
  '..%2F..%2Fadmin',
  '%00',
  '-1',
  '0',
  '9'.repeat(30),
  '%E2%80%AE',
  'x'.repeat(3000),
];

/** Text as it can travel in an address: a lone surrogate has no UTF-8 form and becomes U+FFFD. */
function addressable(text: string): string {
  return encodeURIComponent(
    text.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD'),
  );
}

/** Path parameters: malformed ids and well-formed ids of nothing, or one of the given real ids. */
export function paramValue(realIds: string[]): fc.Arbitrary<string> {
  return fc.oneof(
    fc.constantFrom(...BAD_IDS),
    fc.uuid(),
    hostileText.map((t) => addressable(t.slice(0, 500))),
    ...(realIds.length > 0 ? [fc.constantFrom(...realIds)] : []),
  );
}

/** A query string mixing the route's own parameters with hostile names and repeated keys. */
export function queryString(names: string[]): fc.Arbitrary<string> {
  const name = fc.oneof(
    fc.constantFrom('lang', 'page', 'next', '__proto__[polluted]', 'constructor[prototype][x]', 'a[]', ...names),
    hostileText,
  );
  return fc
    .array(fc.tuple(name, hostileText), { maxLength: 5 })
    .map((pairs) =>
      pairs.map(([k, v]) => `${addressable(k.slice(0, 200))}=${addressable(v.slice(0, 5000))}`).join('&'),
    );
}

/**
 * Months shaped as YYYY-MM at and far beyond any sensible range and the edges of the accepted one, in
 * mirrored order, so the first and last make a period of ten thousand years and the middle a month 00 to 13.
 */
const EXTREME_MONTHS = [
  '0000-01',
  '0001-01',
  '1999-12',
  '2000-01',
  '2026-00',
  '2026-13',
  '2100-12',
  '2101-01',
  '9999-12',
  '10000-01',
];

/** Values at and beyond what a query parameter's schema allows (empty for a parameter without bounds). */
function extremeValues(schema: JsonSchema): string[] {
  const value = types(schema)[0] === 'array' ? (schema.items ?? {}) : schema;
  if (value.pattern?.includes('(0[1-9]|1[0-2])')) return EXTREME_MONTHS;
  const max = value.maxLength;
  if (max !== undefined)
    return [oneWord('ouderenzorg', max), distinctWords(11, max), oneWord('x', max + 1), distinctWords(13, 5_000)];
  const bounds = [value.minimum, value.maximum].filter((b): b is number => b !== undefined);
  return bounds.flatMap((b) => [b - 1, b, b + 1, b * 1_000]).map(String);
}

function boundedParameters(properties: Record<string, JsonSchema>): Array<[string, string[]]> {
  return Object.entries(properties).flatMap(([name, schema]) => {
    const values = extremeValues(schema);
    return values.length > 0 ? [[name, values] as [string, string[]]] : [];
  });
}

const pair = (name: string, value: string): string => `${addressable(name)}=${addressable(value)}`;

/**
 * A query string that pushes one or more of a route's parameters to its bounds: periods of centuries,
 * search text at and past its longest, numbers just outside their range.
 */
export function extremeQuery(properties: Record<string, JsonSchema>): fc.Arbitrary<string> | null {
  const bounded = boundedParameters(properties).map(([name, values]) =>
    fc.constantFrom(...values).map((value) => pair(name, value)),
  );
  if (bounded.length === 0) return null;
  return fc
    .shuffledSubarray(bounded, { minLength: 1 })
    .chain((chosen) => fc.tuple(...chosen))
    .map((pairs) => pairs.join('&'));
}

/**
 * Every bound of every parameter on its own, and all parameters at once with mirrored extremes
 * (from=0001-01&to=9999-12): tried on every route, not left to chance.
 */
export function edgeQueries(properties: Record<string, JsonSchema>): string[] {
  const bounded = boundedParameters(properties);
  const alone = bounded.flatMap(([name, values]) => values.map((value) => pair(name, value)));
  const longest = Math.max(0, ...bounded.map(([, values]) => values.length));
  const together =
    bounded.length < 2
      ? []
      : Array.from({ length: longest }, (_, k) =>
          bounded
            .map(([name, values], j) =>
              pair(name, values[(j % 2 === 0 ? k : values.length - 1 - k) % values.length] ?? ''),
            )
            .join('&'),
        );
  return [...alone, ...together];
}

/** A form post as a browser would send it, with the fields the platform's forms use. */
export function formFields(names: string[]): fc.Arbitrary<Array<[string, string]>> {
  return fc.array(
    fc.tuple(
      fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...names) }, { weight: 1, arbitrary: hostileText }),
      hostileText,
    ),
    { minLength: 1, maxLength: 8 },
  );
}
