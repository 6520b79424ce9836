// A file's content imported by its format: a catalogue (CSV or JSON rows) or one publiccode.yml solution.
import type { Services } from '../app-types.ts';
import type { Viewer } from '../shared/viewer.ts';
import { readCatalogue, type CatalogueFormat } from './files.ts';
import { importCatalogue, type ImportResult } from './service.ts';
import { importPubliccode, type PubliccodeOptions } from './publiccode.ts';

export async function importContent(
  services: Pick<Services, 'db' | 'now' | 'events'>,
  actor: Viewer | null,
  content: string,
  format: CatalogueFormat,
  options: PubliccodeOptions,
): Promise<ImportResult> {
  if (format === 'publiccode') return importPubliccode(services, actor, content, options);
  const read = readCatalogue(content, format);
  if ('problem' in read) return { ok: false, problems: [read.problem] };
  return importCatalogue(services, actor, read.rows, options);
}
