// One row of a member catalogue: a solution, validated by the API's own SolutionInput, plus the
// organisation that offers it. Column names are those of /opendata/solutions.csv, so an export
// re-imports as it is.
import { Type, type Static } from 'typebox';
import { SolutionInput } from '../solutions/schemas.ts';
import { organisationFields } from '../organisations/schemas.ts';

export const ImportRow = Type.Object({
  ...Type.Omit(SolutionInput, ['organisationId']).properties,
  organisationName: organisationFields.name,
  organisationEnterpriseNumber: organisationFields.enterpriseNumber,
  organisationKind: organisationFields.kind,
  organisationIsSme: organisationFields.isSme,
  organisationWebsite: Type.Optional(organisationFields.website),
});
export type ImportRow = Static<typeof ImportRow>;

/** Fields that hold lists; in CSV their values are separated by semicolons. */
export const LIST_FIELDS = ['technologies', 'sectors', 'spearheads', 'regionsServed', 'languages'] as const;

export const ImportQuery = Type.Object({
  format: Type.Optional(Type.Enum(['csv', 'json', 'publiccode'])),
  dryRun: Type.Optional(Type.Boolean({ default: false })),
  organisation: Type.Optional(
    Type.String({ maxLength: 40, description: 'For a publiccode.yml file: the enterprise number of the provider.' }),
  ),
});

export const ImportProblem = Type.Object({ row: Type.Integer(), field: Type.String(), reason: Type.String() });

export const ImportSummary = Type.Object({
  dryRun: Type.Boolean(),
  rows: Type.Integer(),
  organisationsCreated: Type.Integer(),
  organisationsUpdated: Type.Integer(),
  solutionsCreated: Type.Integer(),
  solutionsUpdated: Type.Integer(),
  notes: Type.Optional(
    Type.Array(Type.Object({ field: Type.String(), reason: Type.String() }), {
      description: 'publiccode.yml only: what the solution keeps differently or not at all.',
    }),
  ),
});
export type ImportSummary = Static<typeof ImportSummary>;

export const ImportRejection = Type.Object({
  error: Type.Object({
    id: Type.String(),
    message: Type.String(),
    fields: Type.Array(Type.Object({ field: Type.String(), message: Type.String() })),
  }),
  // Absent when the request itself is refused (a bad query string) before any file is read.
  problems: Type.Optional(Type.Array(ImportProblem)),
});
