// What every API operation's documentation derives from the route itself, in one place: its security
// from the guard, its standard failures from the guard, the validated input and the rate limit, error
// answers as JSON whatever the operation produces, and the operation id and description from
// operation-texts.ts. A route's own schema stays as it is where it says more.
import type { FastifySchema, RouteOptions } from 'fastify';
import { requireAdmin, requireAmbassador, requireSession, requireViewer } from '../http/guards.ts';
import { ErrorBody } from '../http/schemas.ts';
import { OPERATION_TEXTS, type Access } from './operation-texts.ts';

type Security = Record<string, string[]>[];

/** A session, as a Bearer token (API clients) or as the cookie the pages set at login. */
const SIGNED_IN: Security = [{ session: [] }, { sessionCookie: [] }];

const ACCESS: Record<Access, Security> = {
  anyone: [],
  // `{}` first: the operation needs no credential, but a session changes what it may show.
  anyoneOrSignedIn: [{}, ...SIGNED_IN],
};

/** The guards of src/http/guards.ts and what they answer a caller they turn away (403 also: second factor due). */
const GUARD_FAILURES = new Map<unknown, number[]>([
  [requireViewer, [401, 403]],
  [requireSession, [401]],
  [requireAmbassador, [401, 403]],
  [requireAdmin, [401, 403]],
]);

const FAILURE_TEXTS: Record<number, string> = {
  400: 'The input is not valid; `error.fields` names each problem.',
  401: 'Not authenticated: no valid session, or an unknown or revoked API key.',
  403: 'The caller may not do this, or their session still waits for its second factor.',
  404: 'There is no such resource, or the caller may not see it.',
  409: 'The resource is not in a state that allows this.',
  415: 'The body is in a media type the operation does not take.',
  423: 'The account is locked for a while after too many wrong passwords or codes.',
  429: 'Too many requests; try again after the seconds in Retry-After.',
};

const isFailure = (status: string): boolean => /^[45]/.test(status);
const isSuccess = (status: string): boolean => /^2/.test(status);

function guardFailures(route: RouteOptions): number[] | undefined {
  const hooks = [route.onRequest ?? []].flat();
  return hooks.map((hook) => GUARD_FAILURES.get(hook)).find((failures) => failures !== undefined);
}

/** Wherever a route names the Bearer session, the pages' cookie works as well (accounts/session.ts reads both). */
function withSessionCookie(security: Security): Security {
  if (security.some((requirement) => 'sessionCookie' in requirement)) return security;
  return security.flatMap((requirement) =>
    'session' in requirement ? [requirement, { sessionCookie: [] }] : [requirement],
  );
}

function securityOf(route: RouteOptions, schema: FastifySchema, access: Access | undefined): Security | undefined {
  if (guardFailures(route)) return SIGNED_IN;
  const own = (schema as { security?: Security }).security;
  return own ? withSessionCookie(own) : access && ACCESS[access];
}

/** The failures any route of this shape answers: turned away by its guard, invalid input, unknown id, rate limit. */
function standardFailures(route: RouteOptions, schema: FastifySchema): number[] {
  const rateLimited = (route.config as { rateLimit?: unknown } | undefined)?.rateLimit !== undefined;
  return [
    ...(guardFailures(route) ?? []),
    ...(schema.body || schema.querystring || schema.params ? [400] : []),
    ...(schema.params ? [404] : []),
    ...(rateLimited ? [429] : []),
  ];
}

// Errors leave as JSON (web/error-handling.tsx), also from an operation that produces CSV or YAML.
const failure = (status: string, body: unknown) => ({
  description: (body as { description?: string }).description ?? FAILURE_TEXTS[Number(status)] ?? 'The request failed.',
  content: { 'application/json': { schema: body } },
});

const fileAnswer = (mediaTypes: string[]) => ({
  description: `The document, as ${mediaTypes.join(' or ')}.`,
  content: Object.fromEntries(mediaTypes.map((type) => [type, { schema: { type: 'string' } }])),
});

function responsesOf(route: RouteOptions, schema: FastifySchema, extra: number[]): Record<string, unknown> | undefined {
  const declared = (schema.response ?? {}) as Record<string, unknown>;
  const responses = Object.fromEntries(
    Object.entries(declared).map(([status, body]) => [status, isFailure(status) ? failure(status, body) : body]),
  );
  const produces = (schema as { produces?: string[] }).produces;
  if (produces && !Object.keys(declared).some(isSuccess)) responses[200] = fileAnswer(produces);
  for (const status of [...standardFailures(route, schema), ...extra])
    responses[status] ??= failure(String(status), ErrorBody);
  // Nothing at all: @fastify/swagger's own default answer keeps the document valid.
  return Object.keys(responses).length > 0 ? responses : undefined;
}

/** The route's schema as the API document shows it. */
export function documentedSchema(route: RouteOptions, schema: FastifySchema): FastifySchema {
  const own = schema as FastifySchema & { operationId?: string; description?: string };
  const text = OPERATION_TEXTS[`${route.method} ${route.url}`];
  const security = securityOf(route, schema, text?.access);
  return {
    ...schema,
    ...(text ? { operationId: own.operationId ?? text.operationId } : {}),
    ...(text?.description && !own.description ? { description: text.description } : {}),
    ...(security ? { security } : {}),
    response: responsesOf(route, schema, text?.failures ?? []),
  } as FastifySchema;
}
