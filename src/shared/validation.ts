// Validation of input against the same TypeBox schemas the API declares, with Ajv configured as
// Fastify configures it, so forms and API accept and refuse exactly the same things.
import { Ajv, type ErrorObject, type Options, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import type { Static, TSchema } from 'typebox';
import type { MessageKey } from '../i18n/messages.ts';
import { errors, type FieldProblem } from './errors.ts';

/**
 * Ajv's options for the API (Fastify's validator) and for forms alike. strictNumbers off: with it on, Ajv skips
 * minimum/maximum for a non-finite number, and a query value "1e309" coerces to Infinity and passes as an
 * integer; off, every bounded number refuses it. `x-unit` names what a bounded number counts ("months"), so
 * its message can say "between 1 and 60 months"; it validates nothing.
 */
export const AJV_OPTIONS = {
  allErrors: true,
  coerceTypes: 'array',
  removeAdditional: true,
  useDefaults: true,
  strictNumbers: false,
  keywords: ['x-unit'],
} as const satisfies Options;

/** The units a bounded number may name with `x-unit`, each with its own message. */
const UNIT_MESSAGES = { months: 'field.number_between_months' } as const satisfies Record<string, MessageKey>;

/** Marks a bounded number as counting this unit, for its message. */
export const unit = (name: keyof typeof UNIT_MESSAGES) => ({ 'x-unit': name });

// verbose: errors carry their schema, whose bounds the messages name.
const ajv = new Ajv({ ...AJV_OPTIONS, strict: false, verbose: true });
addFormats.default(ajv);

const compiled = new WeakMap<object, ValidateFunction>();

function compile(schema: TSchema): ValidateFunction {
  let validate = compiled.get(schema);
  if (!validate) {
    validate = ajv.compile(schema);
    compiled.set(schema, validate);
  }
  return validate;
}

function fieldName(error: ErrorObject): string {
  const path = error.instancePath.split('/').filter(Boolean);
  if (error.keyword === 'required') path.push(String(error.params.missingProperty));
  return path[0] ?? '';
}

/** Turns Ajv's errors into one translated problem per field (the first one found). */
export function fieldProblems(list: readonly ErrorObject[]): FieldProblem[] {
  const seen = new Map<string, FieldProblem>();
  for (const error of list) {
    const field = fieldName(error);
    if (!seen.has(field)) seen.set(field, problemFor(field, error));
  }
  return [...seen.values()];
}

function problemFor(field: string, error: ErrorObject): FieldProblem {
  const p = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'required':
      return { field, message: 'field.required' };
    case 'minLength':
      return p.limit === 1
        ? { field, message: 'field.required' }
        : { field, message: 'field.too_short', params: { min: Number(p.limit) } };
    case 'maxLength':
      return { field, message: 'field.too_long', params: { max: Number(p.limit) } };
    case 'minItems':
      return p.limit === 1
        ? { field, message: 'field.choose_at_least_one' }
        : { field, message: 'field.invalid_choice' };
    case 'enum':
    case 'const':
    case 'anyOf':
    case 'maxItems':
    case 'uniqueItems':
      return { field, message: 'field.invalid_choice' };
    case 'format':
      return { field, message: formatMessage(String(p.format)) };
    case 'minimum':
    case 'maximum':
    case 'type':
      return error.keyword !== 'type' || p.type === 'integer' || p.type === 'number'
        ? { field, message: numberMessage(error), params: numberBounds(error.parentSchema) }
        : { field, message: 'field.invalid' };
    default:
      return { field, message: 'field.invalid' };
  }
}

function formatMessage(format: string): FieldProblem['message'] {
  if (format === 'email') return 'field.invalid_email';
  if (format === 'date') return 'field.invalid_date';
  if (format === 'uri') return 'field.invalid_url';
  return 'field.invalid';
}

function numberMessage(error: ErrorObject): FieldProblem['message'] {
  const counted = (error.parentSchema as { 'x-unit'?: string } | undefined)?.['x-unit'];
  return counted !== undefined && Object.hasOwn(UNIT_MESSAGES, counted)
    ? UNIT_MESSAGES[counted as keyof typeof UNIT_MESSAGES]
    : 'field.invalid_number';
}

/** The bounds of a number's schema, for its messages and hints. */
export function numberBounds(schema: object | undefined): { min: number; max: number } {
  const bounds = schema as { minimum?: number; maximum?: number } | undefined;
  return { min: bounds?.minimum ?? 0, max: bounds?.maximum ?? Number.MAX_SAFE_INTEGER };
}

/** Problems in the order the form shows its fields (as the labels list them), the rest after. */
export function inFieldOrder(problems: FieldProblem[], labels: Record<string, string>): FieldProblem[] {
  const order = Object.keys(labels);
  const position = (field: string) => (order.includes(field) ? order.indexOf(field) : order.length);
  return [...problems].sort((a, b) => position(a.field) - position(b.field));
}

/** Checks a schema cannot express, run on the (coerced) input whether or not the schema accepted it. */
export type InputRules = (input: Record<string, unknown>) => FieldProblem[];

/**
 * Validates (and coerces) input, or throws a validation error that names each field. With rules, their
 * problems come in the same round for the fields the schema let through, so a form says everything at once.
 */
export function parseInput<S extends TSchema>(schema: S, input: unknown, rules?: InputRules): Static<S> {
  const copy = structuredClone(input ?? {});
  const validate = compile(schema);
  const problems = validate(copy) ? [] : fieldProblems(validate.errors ?? []);
  if (rules) {
    const named = new Set(problems.map((p) => p.field));
    problems.push(...rules(copy as Record<string, unknown>).filter((p) => !named.has(p.field)));
  }
  if (problems.length) throw errors.validation(problems);
  return copy as Static<S>;
}

/** Form posts carry strings; an empty field means "not given" rather than an empty value. */
export function formToInput(
  form: Record<string, unknown>,
  arrayFields: readonly string[] = [],
): Record<string, unknown> {
  const input: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(form)) {
    if (key === '_csrf') continue;
    if (arrayFields.includes(key)) input[key] = (Array.isArray(value) ? value : [value]).filter((v) => v !== '');
    else if (typeof value === 'string' && value.trim() !== '') input[key] = value.trim();
  }
  for (const key of arrayFields) input[key] ??= [];
  return input;
}
