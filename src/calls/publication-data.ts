// Open calls as open data: one CSV row or one RDF resource per open call on a public challenge, with only
// what its public page shows (never the panel, the open questions or who asked). CSV columns keep their
// order (new ones go at the end); lists are joined with "; " as in the other CSV distributions.
import { recordsCsv, type CsvColumns } from '../shared/csv.ts';
import { dateTime, iri, text, typed, type GraphNode } from '../opendata/graph.ts';
import type { CallParts, CallRow } from './service.ts';

export interface PublicCall {
  row: CallRow;
  parts: CallParts;
}

const NUTS = 'http://data.europa.eu/nuts/code/';
const list = (values: readonly (string | number)[]) => values.join('; ');
const criteria = (parts: CallParts) => parts.criteria.map((c) => `${c.name} (${c.weight} %)`);

export function callsCsv(baseUrl: string, calls: PublicCall[]): string {
  const columns: CsvColumns<PublicCall> = [
    ['id', (c) => c.row.id],
    ['kind', (c) => c.row.kind],
    ['challengeId', (c) => c.row.challenge_id],
    ['challengeTitle', (c) => c.row.challenge_title],
    ['organisationName', (c) => c.row.organisation_name],
    ['sectors', (c) => list(c.row.sectors)],
    ['spearheads', (c) => list(c.row.spearheads)],
    ['region', (c) => c.row.region],
    ['language', (c) => c.row.language],
    ['eligibility', (c) => c.row.eligibility],
    ['questionsUntil', (c) => c.row.questions_until.toISOString()],
    ['responsesUntil', (c) => c.row.responses_until.toISOString()],
    ['evaluationUntil', (c) => c.row.evaluation_until.toISOString()],
    ['resultDate', (c) => c.row.result_date.toISOString()],
    ['openedAt', (c) => c.row.opened_at?.toISOString() ?? ''],
    ['questions', (c) => list(c.parts.questions.map((q) => q.prompt))],
    ['criteria', (c) => list(criteria(c.parts))],
    ['page', (c) => `${baseUrl}/calls/${c.row.id}`],
  ];
  return recordsCsv(columns, calls);
}

export function callNode(baseUrl: string, { row, parts }: PublicCall): GraphNode {
  const when = (instant: Date) => [dateTime(instant)];
  return {
    id: `${baseUrl}/calls/${row.id}`,
    types: ['hd:OpenCall'],
    properties: {
      'dcterms:identifier': [text(row.id)],
      'dcterms:title': [text(row.challenge_title, row.language)],
      'hd:callKind': [text(row.kind)],
      'hd:challenge': [iri(`${baseUrl}/challenges/${row.challenge_id}`)],
      'hd:organisationName': [text(row.organisation_name)],
      'hd:eligibility': row.eligibility ? [text(row.eligibility, row.language)] : [],
      'hd:sector': row.sectors.map((sector) => text(sector)),
      'hd:spearhead': row.spearheads.map((s) => typed(s, 'xsd:integer')),
      'hd:region': [iri(NUTS + row.region)],
      'hd:questionsUntil': when(row.questions_until),
      'hd:responsesUntil': when(row.responses_until),
      'hd:evaluationUntil': when(row.evaluation_until),
      'hd:resultDate': when(row.result_date),
      'hd:question': parts.questions.map((q) => text(q.prompt, row.language)),
      'hd:criterion': criteria(parts).map((c) => text(c, row.language)),
      ...(row.opened_at ? { 'dcterms:issued': when(row.opened_at) } : {}),
    },
  };
}
