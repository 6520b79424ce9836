// Serving side: a page of this platform's published items, with tombstones for those withdrawn, in
// the order they changed, for a partner that reads them with its key.
import { createHash } from 'node:crypto';
import type { Database } from '../db/database.ts';
import { errors } from '../shared/errors.ts';
import type { ItemKind } from '../shared/item-kind.ts';
import * as serving from './serving-repository.ts';
import * as repository from './repository.ts';
import type { FederatedChallenge, FederatedSolution, FederationPage, FederationQuery } from './schemas.ts';

export function keyHash(key: string): string {
  return createHash('sha256').update(key).digest('hex');
}

export async function partnerForKey(db: Database, key: string): Promise<repository.PartnerRow | undefined> {
  return repository.partnerByInboundKey(db, keyHash(key));
}

function encodeCursor(position: serving.Position): string {
  return Buffer.from(`${position.micros}:${position.kind}:${position.id}`).toString('base64url');
}

function decodeCursor(cursor: string): serving.Position {
  const match = /^(\d{1,20}):(challenge|solution):([0-9a-f-]{36})$/.exec(Buffer.from(cursor, 'base64url').toString());
  if (!match) throw errors.badRequest('federation_cursor_invalid', 'federation.cursor_invalid');
  return { micros: match[1] as string, kind: match[2] as ItemKind, id: match[3] as string };
}

function organisation(row: serving.ServedChallengeRow | serving.ServedSolutionRow): FederatedChallenge['organisation'] {
  return {
    id: row.organisation_id,
    name: row.organisation_name,
    kind: row.organisation_kind as FederatedChallenge['organisation']['kind'],
    isSme: row.organisation_is_sme,
    country: row.organisation_country,
  };
}

function challengeOnWire(baseUrl: string, row: serving.ServedChallengeRow): FederatedChallenge {
  return {
    id: row.id,
    url: `${baseUrl}/challenges/${row.id}`,
    updatedAt: row.updated_at.toISOString(),
    title: row.title,
    description: row.description,
    sectors: row.sectors as FederatedChallenge['sectors'],
    spearheads: row.spearheads,
    language: row.language as FederatedChallenge['language'],
    organisation: organisation(row),
    status: row.status as FederatedChallenge['status'],
    region: row.region as FederatedChallenge['region'],
    urgency: row.urgency as FederatedChallenge['urgency'],
    deadline: row.deadline,
    durationMonths: row.duration_months,
    desiredKinds: row.desired_kinds as FederatedChallenge['desiredKinds'],
  };
}

function solutionOnWire(baseUrl: string, row: serving.ServedSolutionRow): FederatedSolution {
  return {
    id: row.id,
    url: `${baseUrl}/solutions/${row.id}`,
    updatedAt: row.updated_at.toISOString(),
    title: row.title,
    description: row.description,
    sectors: row.sectors as FederatedSolution['sectors'],
    spearheads: row.spearheads,
    language: row.language as FederatedSolution['language'],
    organisation: organisation(row),
    status: row.status as FederatedSolution['status'],
    kind: row.kind as FederatedSolution['kind'],
    technologies: row.technologies,
    trl: row.trl,
    marketStage: row.market_stage as FederatedSolution['marketStage'],
    pricing: row.pricing as FederatedSolution['pricing'],
    freeMonths: row.free_months,
    regionsServed: row.regions_served as FederatedSolution['regionsServed'],
    languages: row.languages as FederatedSolution['languages'],
    references: row.reference_text,
  };
}

export async function servePage(
  db: Database,
  baseUrl: string,
  query: FederationQuery,
  now: Date,
): Promise<FederationPage> {
  const limit = query.limit ?? 100;
  const after = query.cursor ? decodeCursor(query.cursor) : null;
  const rows = await serving.changedItems(db, query.since ? new Date(query.since) : null, after, limit + 1);
  const page = rows.slice(0, limit);
  const ids = (kind: ItemKind) => page.filter((row) => row.kind === kind && row.serve).map((row) => row.id);
  const [challenges, solutions] = await Promise.all([
    serving.servedChallenges(db, ids('challenge')),
    serving.servedSolutions(db, ids('solution')),
  ]);
  const last = page.at(-1);
  return {
    serverTime: now.toISOString(),
    challenges: challenges.map((row) => challengeOnWire(baseUrl, row)),
    solutions: solutions.map((row) => solutionOnWire(baseUrl, row)),
    withdrawn: page
      .filter((row) => !row.serve)
      .map((row) => ({
        kind: row.kind,
        id: row.id,
        updatedAt: new Date(Number(BigInt(row.micros) / 1000n)).toISOString(),
      })),
    nextCursor: rows.length > limit && last ? encodeCursor(last) : null,
  };
}
