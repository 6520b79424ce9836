// The TOTP second factor (RFC 6238: SHA-1, six digits, 30 seconds) with one-time recovery codes.
// A code is accepted once only: the time step it belongs to is remembered. Recovery codes are
// stored as hashes, like every other token; the TOTP secret itself is encrypted (secret-box.ts).
import type { FastifyBaseLogger } from 'fastify';
import { randomInt } from 'node:crypto';
import { sql } from 'kysely';
import { Secret, TOTP } from 'otpauth';
import QRCode from 'qrcode';
import type { PersonRow } from '../db/schema.ts';
import type { Database } from '../db/database.ts';
import { recordAudit } from '../audit/repository.ts';
import { findPersonById, updatePerson } from './repository.ts';
import { completeSecondFactor } from './session-repository.ts';
import { tokenHash } from './tokens.ts';
import { isLocked, recordFailedAttempt } from './lockout.ts';
import { deriveKey, isSealed, seal, unseal } from './secret-box.ts';
import { securityErrors } from './security-errors.ts';
import { errors } from '../shared/errors.ts';
import type { AccountServices } from './service.ts';
import type { Viewer } from '../shared/viewer.ts';

const ISSUER = 'Helemaal Digitaal';
const PERIOD_SECONDS = 30;
const RECOVERY_CODE_COUNT = 10;
const RECOVERY_ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';

function totpFor(person: Pick<PersonRow, 'email'>, secret: string): TOTP {
  return new TOTP({
    issuer: ISSUER,
    label: person.email,
    algorithm: 'SHA1',
    digits: 6,
    period: PERIOD_SECONDS,
    secret: Secret.fromBase32(secret),
  });
}

type KeyHolder = Pick<AccountServices, 'config'>;

/**
 * The person's TOTP secret in clear; rows from before encryption are read as they are until sealed.
 * A secret sealed with another SECRET_KEY (a backup restored elsewhere) reads as none: no code fits
 * it, and an admin reset or a new enrolment replaces it.
 */
function totpSecretOf(services: KeyHolder, person: PersonRow): string | null {
  if (!person.totp_secret) return null;
  if (!isSealed(person.totp_secret)) return person.totp_secret;
  try {
    return unseal(deriveKey(services.config.secretKey), person.totp_secret, person.id);
  } catch {
    return null;
  }
}

export function sealTotpSecret(services: KeyHolder, personId: string, secret: string): string {
  return seal(deriveKey(services.config.secretKey), secret, personId);
}

/** Encrypts secrets stored before encryption at rest existed; run at start-up, after the migrations. */
export async function sealLegacyTotpSecrets(services: Pick<AccountServices, 'config' | 'db'>): Promise<number> {
  const legacy = await services.db
    .selectFrom('people')
    .select(['id', 'totp_secret'])
    .where('totp_secret', 'is not', null)
    .where('totp_secret', 'not like', 'v1:%')
    .execute();
  for (const row of legacy) {
    await services.db
      .updateTable('people')
      .set({ totp_secret: sealTotpSecret(services, row.id, row.totp_secret ?? '') })
      .where('id', '=', row.id)
      .where('totp_secret', '=', row.totp_secret)
      .execute();
  }
  return legacy.length;
}

export interface Enrolment {
  secret: string;
  qrDataUri: string;
}

/** The secret being enrolled (kept until confirmed, so reloading shows the same QR code) and its QR code. */
export async function startEnrolment(
  services: Pick<AccountServices, 'config' | 'db'>,
  personId: string,
): Promise<Enrolment> {
  const person = await findPersonById(services.db, personId);
  if (!person) throw errors.secondFactorRequired();
  const stored = totpSecretOf(services, person);
  const secret = stored ?? new Secret({ size: 20 }).base32;
  if (!stored) await updatePerson(services.db, person.id, { totp_secret: sealTotpSecret(services, person.id, secret) });
  const svg = await QRCode.toString(totpFor(person, secret).toString(), {
    type: 'svg',
    errorCorrectionLevel: 'M',
    margin: 2,
  });
  return { secret, qrDataUri: `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}` };
}

/** The time step of a valid code not used before, or null. One step either side allows for clock drift. */
function acceptedStep(services: KeyHolder, person: PersonRow, code: string, now: Date): number | null {
  const secret = totpSecretOf(services, person);
  if (!secret || !/^\d{6}$/.test(code)) return null;
  const delta = totpFor(person, secret).validate({ token: code, timestamp: now.getTime(), window: 1 });
  if (delta === null) return null;
  const step = Math.floor(now.getTime() / 1000 / PERIOD_SECONDS) + delta;
  return person.totp_last_step !== null && step <= Number(person.totp_last_step) ? null : step;
}

/** Uses up the step in one statement, so the same code cannot pass twice even in parallel. */
async function claimStep(db: Database, personId: string, step: number): Promise<boolean> {
  const result = await db
    .updateTable('people')
    .set({ totp_last_step: step })
    .where('id', '=', personId)
    .where(sql<boolean>`totp_last_step IS NULL OR totp_last_step < ${step}`)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

async function useRecoveryCode(db: Database, personId: string, code: string, now: Date): Promise<boolean> {
  const normalised = code.toLowerCase().replace(/[^a-z0-9]/g, '');
  if (normalised.length !== 10) return false;
  const result = await db
    .updateTable('recovery_codes')
    .set({ used_at: now })
    .where('person_id', '=', personId)
    .where('code_hash', '=', tokenHash(normalised))
    .where('used_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

function newRecoveryCode(): string {
  const chars = Array.from({ length: 10 }, () => RECOVERY_ALPHABET[randomInt(RECOVERY_ALPHABET.length)]);
  return `${chars.slice(0, 5).join('')}-${chars.slice(5).join('')}`;
}

/** Confirms the enrolment with a first code; returns the recovery codes, shown once. */
export async function confirmEnrolment(
  services: AccountServices,
  log: FastifyBaseLogger,
  viewer: Viewer,
  code: string,
): Promise<string[]> {
  const person = await findPersonById(services.db, viewer.id);
  if (!person || person.totp_enabled_at) throw securityErrors.invalidSecondFactor();
  await checkTotp(services, log, person, code);
  const codes = Array.from({ length: RECOVERY_CODE_COUNT }, newRecoveryCode);
  const now = services.now();
  await services.db.transaction().execute(async (tx) => {
    await updatePerson(tx, person.id, { totp_enabled_at: now, updated_at: now });
    await tx.deleteFrom('recovery_codes').where('person_id', '=', person.id).execute();
    await tx
      .insertInto('recovery_codes')
      .values(codes.map((c) => ({ person_id: person.id, code_hash: tokenHash(c.replace('-', '')) })))
      .execute();
    await completeSecondFactor(tx, viewer.sessionId);
    await recordAudit(tx, {
      actorId: person.id,
      action: 'person.second_factor_enrolled',
      objectType: 'person',
      objectId: person.id,
      after: { method: 'totp', recoveryCodes: codes.length },
    });
  });
  return codes;
}

async function checkTotp(
  services: AccountServices,
  log: FastifyBaseLogger,
  person: PersonRow,
  code: string,
): Promise<void> {
  if (isLocked(person, services.now())) throw securityErrors.accountLocked();
  const step = acceptedStep(services, person, code.replace(/\s/g, ''), services.now());
  if (step !== null && (await claimStep(services.db, person.id, step))) return;
  await recordFailedAttempt(services, log, person, 'second_factor');
  throw securityErrors.invalidSecondFactor();
}

async function checkRecoveryCode(
  services: AccountServices,
  log: FastifyBaseLogger,
  person: PersonRow,
  code: string,
): Promise<void> {
  if (isLocked(person, services.now())) throw securityErrors.accountLocked();
  if (await useRecoveryCode(services.db, person.id, code, services.now())) return;
  await recordFailedAttempt(services, log, person, 'second_factor');
  throw securityErrors.invalidSecondFactor();
}

/** Completes a pending session with a TOTP code or an unused recovery code. */
export async function verifySecondFactor(
  services: AccountServices,
  log: FastifyBaseLogger,
  viewer: Viewer,
  code: string,
): Promise<void> {
  const person = await findPersonById(services.db, viewer.id);
  if (!person?.totp_enabled_at) throw errors.secondFactorRequired();
  const trimmed = code.trim();
  const method = /^[\d\s]+$/.test(trimmed) ? 'totp' : 'recovery_code';
  if (method === 'totp') await checkTotp(services, log, person, trimmed);
  else await checkRecoveryCode(services, log, person, trimmed);
  await completeSecondFactor(services.db, viewer.sessionId);
  await recordAudit(services.db, {
    actorId: person.id,
    action: 'person.second_factor_verified',
    objectType: 'person',
    objectId: person.id,
    after: { method },
  });
}

export async function hasSecondFactor(db: Database, personId: string): Promise<boolean> {
  return (await findPersonById(db, personId))?.totp_enabled_at != null;
}
