// Pulling side, network half: reads every page of a partner's changes and checks each against the
// federation format, so nothing reaches the database unless the whole answer is well-formed.
import { isAppError } from '../shared/errors.ts';
import { parseInput } from '../shared/validation.ts';
import { FederationPage } from './schemas.ts';

export interface PullOptions {
  pageSize: number;
  timeoutMs: number;
  /** A partner that keeps sending "more" is cut off here rather than filling memory. */
  maxPages: number;
}

export const DEFAULT_PULL_OPTIONS: PullOptions = { pageSize: 100, timeoutMs: 15_000, maxPages: 1_000 };

// A page holds at most 500 items of at most ~15 kB each.
const MAX_PAGE_CHARACTERS = 10_000_000;

/** A sync that failed for a reason worth showing to the admin; the message never contains the key. */
export class SyncFailure extends Error {
  override name = 'SyncFailure';
}

export interface PartnerAddress {
  baseUrl: string;
  key: string;
}

function pageUrl(baseUrl: string, since: Date | null, cursor: string | null, pageSize: number): string {
  const url = new URL(`${baseUrl.replace(/\/+$/, '')}/api/v1/federation/items`);
  if (since) url.searchParams.set('since', since.toISOString());
  if (cursor) url.searchParams.set('cursor', cursor);
  url.searchParams.set('limit', String(pageSize));
  return url.toString();
}

function networkProblem(error: unknown, page: number, options: PullOptions): SyncFailure {
  if (error instanceof Error && error.name === 'TimeoutError')
    return new SyncFailure(`page ${page}: no answer within ${options.timeoutMs / 1000} s`);
  const cause = error instanceof Error ? (error.cause as { code?: string } | undefined) : undefined;
  return new SyncFailure(
    `page ${page}: partner unreachable (${cause?.code ?? (error instanceof Error ? error.message : 'network error')})`,
  );
}

async function readBody(response: Response, page: number): Promise<string> {
  const text = await response.text();
  if (text.length > MAX_PAGE_CHARACTERS) throw new SyncFailure(`page ${page}: answer too large`);
  return text;
}

function validPage(text: string, page: number): FederationPage {
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw new SyncFailure(`page ${page}: answer is not JSON`);
  }
  try {
    return parseInput(FederationPage, body);
  } catch (error) {
    if (!isAppError(error)) throw error;
    const fields = error.fields.map((field) => field.field || '(page)').join(', ');
    throw new SyncFailure(`page ${page}: answer does not follow the federation format (${fields})`);
  }
}

async function fetchPage(
  partner: PartnerAddress,
  since: Date | null,
  cursor: string | null,
  page: number,
  options: PullOptions,
): Promise<FederationPage> {
  let response: Response;
  try {
    response = await fetch(pageUrl(partner.baseUrl, since, cursor, options.pageSize), {
      headers: { authorization: `Bearer ${partner.key}`, accept: 'application/json' },
      redirect: 'error',
      signal: AbortSignal.timeout(options.timeoutMs),
    });
  } catch (error) {
    throw networkProblem(error, page, options);
  }
  if (!response.ok) {
    await response.body?.cancel();
    throw new SyncFailure(`page ${page}: partner answered HTTP ${response.status}`);
  }
  try {
    return validPage(await readBody(response, page), page);
  } catch (error) {
    if (error instanceof SyncFailure) throw error;
    throw networkProblem(error, page, options);
  }
}

/** Every page of changes since `since`, in order, or a SyncFailure. */
export async function pullChanges(
  partner: PartnerAddress,
  since: Date | null,
  options: PullOptions,
): Promise<FederationPage[]> {
  const pages: FederationPage[] = [];
  let cursor: string | null = null;
  const seen = new Set<string>();
  do {
    if (pages.length >= options.maxPages) throw new SyncFailure(`more than ${options.maxPages} pages`);
    const page = await fetchPage(partner, since, cursor, pages.length + 1, options);
    pages.push(page);
    cursor = page.nextCursor;
    if (cursor !== null && seen.has(cursor))
      throw new SyncFailure(`page ${pages.length}: the partner repeats a cursor`);
    if (cursor !== null) seen.add(cursor);
  } while (cursor !== null);
  return pages;
}
