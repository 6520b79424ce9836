// What an import answers, in the reader's language: a summary, or the row-level error report.
import type { Translator } from '../i18n/translator.ts';
import type { FileProblem } from './files.ts';
import type { ImportNote, ImportResult } from './service.ts';
import type { RowProblem } from './validate.ts';

export interface TranslatedProblem {
  row: number;
  field: string;
  reason: string;
}

export const translateProblems = (t: Translator, problems: (RowProblem | FileProblem)[]): TranslatedProblem[] =>
  problems.map((p) => ({ row: p.row, field: p.field, reason: t.t(p.message, 'params' in p ? p.params : undefined) }));

export const translateNotes = (t: Translator, notes: ImportNote[]): { field: string; reason: string }[] =>
  notes.map((n) => ({ field: n.field, reason: t.t(n.message, n.params) }));

export function summaryText(t: Translator, result: Extract<ImportResult, { ok: true }>): string {
  const { dryRun, notes: _notes, ...counts } = result.summary;
  return t.t(dryRun ? 'import.dry_run_done' : 'import.done', counts);
}
