// One solution from a publiccode.yml file: read and validated against the standard's schema (src/publiccode),
// mapped to a catalogue row for an organisation already on the platform, then imported by importCatalogue, so
// permissions, validation, audit and events are the bulk import's. Problems name the file's fields.
import type { Services } from '../app-types.ts';
import type { Viewer } from '../shared/viewer.ts';
import { isAdmin } from '../shared/viewer.ts';
import { errors } from '../shared/errors.ts';
import { parseEnterpriseNumber } from '../organisations/enterprise-number.ts';
import { readPubliccode } from '../publiccode/schema.ts';
import { solutionOfPubliccode, type MappingNote, type ProvidingOrganisation } from '../publiccode/to-solution.ts';
import { importCatalogue, type ImportOptions, type ImportResult } from './service.ts';
import { organisationsByNumber } from './repository.ts';
import type { RowProblem } from './validate.ts';

export interface PubliccodeOptions extends ImportOptions {
  /** The enterprise number of the organisation that offers the solution. */
  organisation?: string;
}

// A publiccode.yml file is one solution: its problems are reported as row 1, those of the file as a whole as row 0.
const asProblems = (notes: MappingNote[]): RowProblem[] => notes.map((note) => ({ row: note.field ? 1 : 0, ...note }));

async function providerOf(
  services: Pick<Services, 'db'>,
  number: string | undefined,
): Promise<ProvidingOrganisation | RowProblem> {
  if (!number?.trim()) return { row: 0, field: 'organisation', message: 'publiccode.organisation_required' };
  const parsed = parseEnterpriseNumber(number);
  const [found] = parsed ? await organisationsByNumber(services.db, [parsed.number]) : [];
  if (!found) return { row: 0, field: 'organisation', message: 'publiccode.organisation_unknown' };
  return {
    name: found.name,
    enterpriseNumber: found.enterprise_number,
    kind: found.kind,
    isSme: found.is_sme,
    website: found.website,
  };
}

export async function importPubliccode(
  services: Pick<Services, 'db' | 'now' | 'events'>,
  actor: Viewer | null,
  text: string,
  options: PubliccodeOptions = {},
): Promise<ImportResult> {
  if (actor && !isAdmin(actor)) throw errors.forbidden();
  const read = readPubliccode(text);
  const provider = await providerOf(services, options.organisation);
  const problems = [...('problems' in read ? asProblems(read.problems) : []), ...('row' in provider ? [provider] : [])];
  if ('problems' in read || 'row' in provider) return { ok: false, problems };
  const mapped = solutionOfPubliccode(read.document, provider);
  if ('problems' in mapped) return { ok: false, problems: asProblems(mapped.problems) };
  const result = await importCatalogue(services, actor, [mapped.row], options);
  if (!result.ok)
    return { ok: false, problems: result.problems.map((p) => ({ ...p, field: mapped.fieldOf(p.field) })) };
  return { ...result, notes: mapped.notes };
}
