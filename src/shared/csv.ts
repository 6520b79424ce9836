// The one way the platform writes CSV (open data, member exports, indicators): a cell that a
// spreadsheet would run as a formula is neutralised, and every text cell is quoted, so that a
// separator inside it (a comma, or the semicolon of a Dutch or French spreadsheet) cannot start a
// new cell either. Only this module may use csv-stringify (src/security/csv-cells.test.ts checks).
import { stringify } from 'csv-stringify/sync';

export type CsvCell = string | number | boolean | null | undefined;
export type CsvColumns<R> = readonly (readonly [name: string, cell: (row: R) => CsvCell])[];

// What Excel, LibreOffice and Google Sheets read as the start of a formula (OWASP, "CSV Injection"):
// = + - @, a leading tab or carriage return, the same signs after leading white space, and their
// full-width forms, which some spreadsheets read alike.
const FORMULA_START = /^(?:[\t\r]|\s*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20])/;

/**
 * A text cell prefixed with an apostrophe when a spreadsheet would run it: the neutralisation OWASP
 * recommends. Spreadsheets show the text without running it; the data stay faithful, since the
 * prefix is recognisable and readers of the file (our own bulk import) take it off with restoreCell.
 */
export function neutraliseCell(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/** The text a neutralised cell held; any other cell is returned unchanged. */
export function restoreCell(value: string): string {
  return value.startsWith("'") && FORMULA_START.test(value.slice(1)) ? value.slice(1) : value;
}

const cellOf = (value: CsvCell): string | number => {
  if (value === null || value === undefined) return '';
  if (typeof value === 'boolean') return String(value);
  return typeof value === 'string' ? neutraliseCell(value) : value;
};

/** A header row and data rows as CSV; numbers (unquoted) and booleans (true, false) as they are. */
export function writeCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  return stringify([header.map(cellOf), ...rows.map((row) => row.map(cellOf))], { quoted_string: true });
}

/** One row per record, one column per named cell, in the order given. */
export function recordsCsv<R>(columns: CsvColumns<R>, records: readonly R[]): string {
  return writeCsv(
    columns.map(([name]) => name),
    records.map((record) => columns.map(([, cell]) => cell(record))),
  );
}
