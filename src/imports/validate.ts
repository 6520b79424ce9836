// Validates every row before anything is written: the API's schema, the KBO check digits, the
// organisation form's website rule, the solution rules of the service, and no solution twice in one
// file. All problems are reported.
import { parseInput } from '../shared/validation.ts';
import { isAppError, type FieldProblem } from '../shared/errors.ts';
import { parseEnterpriseNumber, type EnterpriseNumber } from '../organisations/enterprise-number.ts';
import { organisationProblems } from '../organisations/service.ts';
import { checkOfferTerms, toColumns, type OfferTerms } from '../solutions/content.ts';
import type { MessageKey } from '../i18n/messages.ts';
import { ImportRow } from './schemas.ts';

export interface RowProblem {
  row: number;
  field: string;
  message: MessageKey;
  params?: Record<string, string | number>;
}

export interface ValidRow {
  row: number;
  input: ImportRow;
  enterprise: EnterpriseNumber;
}

function problemsOf(error: unknown): FieldProblem[] {
  if (isAppError(error)) return error.fields;
  throw error;
}

function validateRow(raw: Record<string, unknown>, row: number): { valid: ValidRow } | { problems: RowProblem[] } {
  let input: ImportRow;
  try {
    input = parseInput(ImportRow, raw);
  } catch (error) {
    return { problems: problemsOf(error).map((p) => ({ row, ...p })) };
  }
  const enterprise = parseEnterpriseNumber(input.organisationEnterpriseNumber);
  if (!enterprise)
    return { problems: [{ row, field: 'organisationEnterpriseNumber', message: 'organisation.number_invalid' }] };
  // The same rule as the organisation forms: only an http(s) address, since the website is shown as a link.
  const website = organisationProblems({ website: input.organisationWebsite });
  if (website.length) return { problems: website.map((p) => ({ row, ...p, field: 'organisationWebsite' })) };
  try {
    checkOfferTerms({ trl: null, market_stage: null, free_months: null, ...toColumns(input) } as OfferTerms);
  } catch (error) {
    return { problems: problemsOf(error).map((p) => ({ row, ...p })) };
  }
  return { valid: { row, input, enterprise } };
}

/** The valid rows, or every problem found in the file. */
export function validateRows(rows: Record<string, unknown>[]): { rows: ValidRow[] } | { problems: RowProblem[] } {
  const valid: ValidRow[] = [];
  const problems: RowProblem[] = [];
  const seen = new Map<string, number>();
  rows.forEach((raw, index) => {
    const result = validateRow(raw, index + 1);
    if ('problems' in result) return void problems.push(...result.problems);
    const key = `${result.valid.enterprise.number}\u0000${result.valid.input.title}`;
    const first = seen.get(key);
    if (first !== undefined)
      return void problems.push({
        row: index + 1,
        field: 'title',
        message: 'import.duplicate_row',
        params: { row: first },
      });
    seen.set(key, index + 1);
    valid.push(result.valid);
  });
  return problems.length ? { problems } : { rows: valid };
}
