// PostgreSQL (and PGlite) report a broken UNIQUE constraint with SQLSTATE 23505; services turn it
// into a clear message when two requests race past the same "is it taken?" check.
export function isUniqueViolation(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === '23505';
}
