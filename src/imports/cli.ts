// `helemaal import FILE [--dry-run] [--as EMAIL] [--organisation KBO]`: the same import as the API, with a progress
// bar on stderr and the translated error report on stdout; exit code 1 when the file is refused. A publiccode.yml
// file (.yml/.yaml) imports one solution for the organisation given by its enterprise number.
import { readFile } from 'node:fs/promises';
import { SingleBar, Presets } from 'cli-progress';
import type { Database } from '../db/database.ts';
import type { Viewer } from '../shared/viewer.ts';
import { findPersonByEmail } from '../accounts/repository.ts';
import { createTranslator } from '../i18n/translator.ts';
import { EventFlow } from '../events/flow.ts';
import { detectFormat, readCatalogue } from './files.ts';
import { importCatalogue, type ImportResult } from './service.ts';
import { importPubliccode } from './publiccode.ts';
import { summaryText, translateNotes, translateProblems } from './report.ts';

export interface ImportCommand {
  file: string;
  dryRun: boolean;
  /** The admin the import is recorded for; without it, the platform operator (no person). */
  as?: string;
  /** For a publiccode.yml file: the enterprise number of the organisation offering the solution. */
  organisation?: string;
}

async function actorFor(db: Database, email: string | undefined): Promise<Viewer | null> {
  if (!email) return null;
  const person = await findPersonByEmail(db, email);
  if (person?.role !== 'admin') throw new Error(`${email} is not an admin`);
  return {
    id: person.id,
    email: person.email,
    displayName: person.display_name,
    role: person.role,
    locale: person.locale,
    emailVerified: person.email_verified_at !== null,
    organisationIds: [],
    spearheads: [],
    sessionId: 'command-line',
  };
}

function report(result: ImportResult, locale: string | undefined): number {
  const t = createTranslator(locale === 'fr' || locale === 'en' ? locale : 'nl');
  if (result.ok) {
    console.log(summaryText(t, result));
    for (const note of translateNotes(t, result.notes ?? [])) console.log(`note\t${note.field}\t${note.reason}`);
    return 0;
  }
  console.log(t.t('import.invalid'));
  for (const problem of translateProblems(t, result.problems))
    console.log(`row ${problem.row}\t${problem.field || '-'}\t${problem.reason}`);
  return 1;
}

export async function runImportCommand(
  db: Database,
  command: ImportCommand,
  now: () => Date = () => new Date(),
): Promise<number> {
  const content = await readFile(command.file, 'utf8');
  const actor = await actorFor(db, command.as);
  const format = detectFormat(content, command.file);
  if (format === 'publiccode') {
    const options = { dryRun: command.dryRun, organisation: command.organisation };
    return report(
      await importPubliccode({ db, now, events: new EventFlow(db) }, actor, content, options),
      actor?.locale,
    );
  }
  const read = readCatalogue(content, format);
  if ('problem' in read) return report({ ok: false, problems: [read.problem] }, actor?.locale);
  const bar = new SingleBar({ stream: process.stderr, clearOnComplete: false }, Presets.shades_classic);
  bar.start(read.rows.length, 0);
  try {
    const result = await importCatalogue({ db, now, events: new EventFlow(db) }, actor, read.rows, {
      dryRun: command.dryRun,
      onProgress: (done) => bar.update(done),
    });
    bar.stop();
    return report(result, actor?.locale);
  } finally {
    bar.stop();
  }
}
