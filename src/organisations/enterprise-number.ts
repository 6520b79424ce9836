// Belgian enterprise (KBO/BCE) numbers: ten digits starting with 0 or 1, the last two being
// 97 minus the first eight modulo 97. Foreign organisations give a VAT or registration id instead.

const KBO_SHAPE = /^[01]\d{9}$/;
const FOREIGN_SHAPE = /^[A-Z]{2}[A-Z0-9+*.-]{2,20}$/;

/** Strips the separators people type (spaces, dots, "BE" prefix) so 0123.456.749 and BE0123456749 compare equal. */
export function normaliseKbo(input: string): string {
  return input.replace(/^\s*BE/i, '').replace(/[\s.-]/g, '');
}

export function isValidKbo(input: string): boolean {
  const digits = normaliseKbo(input);
  if (!KBO_SHAPE.test(digits)) return false;
  const base = Number(digits.slice(0, 8));
  const check = Number(digits.slice(8));
  return 97 - (base % 97) === check;
}

/** Completes eight leading digits into a valid KBO number (used to make demo and test data). */
export function kboFromBase(base: number): string {
  const eight = String(base).padStart(8, '0');
  const check = String(97 - (base % 97)).padStart(2, '0');
  return eight + check;
}

export function formatKbo(digits: string): string {
  return `${digits.slice(0, 4)}.${digits.slice(4, 7)}.${digits.slice(7)}`;
}

/** A foreign id: ISO country prefix then the national id, e.g. NL123456789B01 or ESB12345678. */
export function isValidForeignId(input: string): boolean {
  const compact = input.replace(/\s/g, '').toUpperCase();
  return FOREIGN_SHAPE.test(compact) && !compact.startsWith('BE');
}

export function normaliseForeignId(input: string): string {
  return input.replace(/\s/g, '').toUpperCase();
}

export interface EnterpriseNumber {
  /** The stored form: ten KBO digits, or the compact upper-case foreign id. */
  number: string;
  country: string;
}

/** Reads what a person typed as either a Belgian KBO number or a foreign id; null when it is neither. */
export function parseEnterpriseNumber(input: string): EnterpriseNumber | null {
  const digits = normaliseKbo(input);
  // Older KBO numbers are often written with nine digits, without the leading zero.
  const kbo = /^\d{9}$/.test(digits) ? `0${digits}` : digits;
  if (isValidKbo(kbo)) return { number: kbo, country: 'BE' };
  if (isValidForeignId(input)) {
    const number = normaliseForeignId(input);
    return { number, country: number.slice(0, 2) };
  }
  return null;
}

/** How a stored number is shown: KBO numbers with their dots, foreign ids as stored. */
export function displayEnterpriseNumber(number: string, country: string): string {
  return country === 'BE' && /^\d{10}$/.test(number) ? formatKbo(number) : number;
}
