// RDF for the LDES, as quads (n3's data model, blank nodes included) written as Turtle with n3 or as a
// flat JSON-LD @graph with a prefix @context, so both formats always state the same triples.
import { DataFactory, Writer, type BlankNode, type NamedNode, type Quad, type Term } from 'n3';
import { expand, type GraphNode, type Term as GraphTerm } from '../opendata/graph.ts';

export const PREFIXES = {
  tree: 'https://w3id.org/tree#',
  ldes: 'https://w3id.org/ldes#',
  dcterms: 'http://purl.org/dc/terms/',
  dcat: 'http://www.w3.org/ns/dcat#',
  prov: 'http://www.w3.org/ns/prov#',
  as: 'https://www.w3.org/ns/activitystreams#',
  schema: 'https://schema.org/',
  rov: 'http://www.w3.org/ns/regorg#',
  sh: 'http://www.w3.org/ns/shacl#',
  xsd: 'http://www.w3.org/2001/XMLSchema#',
  hd: 'https://helemaaldigitaal.vlaanderen.be/ns#',
} as const;

type Prefix = keyof typeof PREFIXES;
export type Name = `${Prefix}:${string}` | 'a';

const RDF_TYPE = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#type';
const { namedNode, literal, quad } = DataFactory;

export const node = (name: Name | string): NamedNode => {
  if (name === 'a') return namedNode(RDF_TYPE);
  const [prefix, local] = name.split(':', 2) as [string, string];
  return prefix in PREFIXES ? namedNode(PREFIXES[prefix as Prefix] + local) : namedNode(name);
};
/** Blank nodes are named by their place in the document, so the same document is the same text (and ETag). */
export const blank = (label: string): BlankNode => DataFactory.blankNode(label);
export const plain = (value: string, language?: string) => literal(value, language);
export const typedLiteral = (value: string | number | boolean, datatype: Name) =>
  literal(String(value), node(datatype));
export const dateTimeLiteral = (value: Date) => typedLiteral(value.toISOString(), 'xsd:dateTime');

/** The triples of one subject, as `[predicate, object]` pairs. */
export function about(subject: NamedNode | BlankNode, pairs: Array<[Name, Term]>): Quad[] {
  return pairs.map(([predicate, object]) => quad(subject, node(predicate), object as never));
}

function fromGraphTerm(term: GraphTerm): Term {
  if ('id' in term) return namedNode(term.id);
  if (term.language) return literal(term.value, term.language);
  if (term.datatype) return literal(term.value, namedNode(expand(term.datatype)));
  return literal(term.value);
}

/** An open data node's properties (its types left out) as quads about another subject. */
export function propertiesOf(graphNode: GraphNode, subject: NamedNode): Quad[] {
  return Object.entries(graphNode.properties).flatMap(([key, terms]) =>
    (terms ?? []).map((term) => quad(subject, namedNode(expand(key as never)), fromGraphTerm(term) as never)),
  );
}

export function toTurtle(quads: Quad[]): Promise<string> {
  const writer = new Writer({ prefixes: PREFIXES });
  writer.addQuads(quads);
  return new Promise((resolve, reject) =>
    writer.end((error, result: string) => (error ? reject(error) : resolve(result))),
  );
}

const compact = (iri: string): string => {
  for (const [prefix, namespace] of Object.entries(PREFIXES))
    if (iri.startsWith(namespace) && iri.length > namespace.length) return `${prefix}:${iri.slice(namespace.length)}`;
  return iri;
};

const subjectId = (term: Term): string => (term.termType === 'BlankNode' ? `_:${term.value}` : term.value);

function jsonLdValue(term: Term): Record<string, string> {
  if (term.termType === 'NamedNode' || term.termType === 'BlankNode') return { '@id': subjectId(term) };
  if (term.termType !== 'Literal') throw new Error(`no JSON-LD for a ${term.termType}`);
  if (term.language) return { '@value': term.value, '@language': term.language };
  if (term.datatype.value !== `${PREFIXES.xsd}string`)
    return { '@value': term.value, '@type': compact(term.datatype.value) };
  return { '@value': term.value };
}

/** A flat JSON-LD document: one object per subject, properties as prefixed names, values as value objects. */
export function toJsonLd(quads: Quad[]): Record<string, unknown> {
  const subjects = new Map<string, Record<string, unknown[]>>();
  for (const { subject, predicate, object } of quads) {
    const id = subjectId(subject);
    const entry = subjects.get(id) ?? { '@id': [id] };
    subjects.set(id, entry);
    const isType = predicate.value === RDF_TYPE;
    const key = isType ? '@type' : compact(predicate.value);
    const values = entry[key] ?? [];
    values.push(isType ? compact(object.value) : jsonLdValue(object));
    entry[key] = values;
  }
  return {
    '@context': PREFIXES,
    '@graph': [...subjects.values()].map(({ '@id': id, ...rest }) => ({ '@id': id?.[0], ...rest })),
  };
}
