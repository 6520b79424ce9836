// Reads a catalogue file (CSV with a header row, or JSON: an array of rows or { "rows": [...] })
// into plain row objects. Row numbers count data rows from 1, in both formats. A publiccode.yml file
// (YAML, one solution) is recognised here and read by ./publiccode.ts.
import { parse } from 'csv-parse/sync';
import type { MessageKey } from '../i18n/messages.ts';
import { restoreCell } from '../shared/csv.ts';
import { LIST_FIELDS } from './schemas.ts';

export type CatalogueFormat = 'csv' | 'json' | 'publiccode';
export const CATALOGUE_FORMATS = ['csv', 'json', 'publiccode'] as const;

export interface FileProblem {
  row: number;
  field: string;
  message: MessageKey;
}

export type ReadResult = { rows: Record<string, unknown>[] } | { problem: FileProblem };

export function detectFormat(content: string, name?: string): CatalogueFormat {
  if (name?.toLowerCase().endsWith('.json')) return 'json';
  if (name?.toLowerCase().endsWith('.csv')) return 'csv';
  if (/\.ya?ml$/i.test(name ?? '')) return 'publiccode';
  if (/^publiccodeYmlVersion\s*:/m.test(content)) return 'publiccode';
  return /^\s*[[{]/.test(content) ? 'json' : 'csv';
}

/** Empty cells mean "not given"; list cells are split on semicolons. */
function normalise(row: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(row)) {
    if (typeof value === 'string' && value.trim() === '') continue;
    if ((LIST_FIELDS as readonly string[]).includes(key) && typeof value === 'string') {
      out[key] = value
        .split(';')
        .map((v) => v.trim())
        .filter(Boolean);
    } else out[key] = typeof value === 'string' ? value.trim() : value;
  }
  return out;
}

function readCsv(content: string): ReadResult {
  try {
    // Cells our own CSV files neutralised against formula injection are read back as they were.
    const records = parse(content, { columns: true, bom: true, skip_empty_lines: true, cast: restoreCell }) as Record<
      string,
      string
    >[];
    return { rows: records.map(normalise) };
  } catch (error) {
    const record = (error as { records?: number }).records ?? 0;
    return { problem: { row: record + 1, field: '', message: 'import.malformed_csv' } };
  }
}

function readJson(content: string): ReadResult {
  let data: unknown;
  try {
    data = JSON.parse(content);
  } catch {
    return { problem: { row: 0, field: '', message: 'import.malformed_json' } };
  }
  const rows = Array.isArray(data) ? data : (data as { rows?: unknown } | null)?.rows;
  if (!Array.isArray(rows) || rows.some((r) => typeof r !== 'object' || r === null || Array.isArray(r))) {
    return { problem: { row: 0, field: '', message: 'import.malformed_json' } };
  }
  return { rows: (rows as Record<string, unknown>[]).map(normalise) };
}

export function readCatalogue(content: string, format: 'csv' | 'json'): ReadResult {
  const result = format === 'csv' ? readCsv(content) : readJson(content);
  if ('rows' in result && result.rows.length === 0) return { problem: { row: 0, field: '', message: 'import.empty' } };
  return result;
}
