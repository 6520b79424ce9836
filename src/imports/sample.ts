// Valid catalogue rows for tests and the benchmark: `count` solutions over count/4 organisations.
import { writeCsv } from '../shared/csv.ts';
import { kboFromBase } from '../organisations/enterprise-number.ts';

export function sampleRows(count: number, firstOrganisation = 15_000_000): Record<string, unknown>[] {
  return Array.from({ length: count }, (_, i) => {
    const organisation = Math.floor(i / 4);
    return {
      title: `Geïmporteerde oplossing ${i + 1}`,
      description:
        'Een digitale oplossing uit de catalogus van een federatie, met een beschrijving die lang genoeg is.',
      language: 'nl',
      kind: 'platform',
      technologies: 'cloud; data',
      sectors: 'care; education',
      spearheads: '3; 5',
      trl: 8,
      pricing: 'paid',
      regionsServed: 'BE2',
      languages: 'nl; fr',
      references: '',
      organisationName: `Federatielid ${organisation + 1} bv`,
      organisationEnterpriseNumber: kboFromBase(firstOrganisation + organisation),
      organisationKind: 'company',
      organisationIsSme: 'true',
    };
  });
}

export function toCsv(rows: Record<string, unknown>[]): string {
  const columns = [...new Set(rows.flatMap((row) => Object.keys(row)))];
  return writeCsv(
    columns,
    rows.map((row) => columns.map((column) => row[column] as string | number | undefined)),
  );
}
