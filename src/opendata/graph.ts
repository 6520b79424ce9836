// A small RDF graph model built once and written out twice: as JSON-LD (a flat @graph with a
// prefix @context) and as Turtle (with n3), so both distributions always state the same triples.
import { DataFactory, Writer } from 'n3';

export const PREFIXES = {
  dcat: 'http://www.w3.org/ns/dcat#',
  dcterms: 'http://purl.org/dc/terms/',
  foaf: 'http://xmlns.com/foaf/0.1/',
  rdfs: 'http://www.w3.org/2000/01/rdf-schema#',
  rov: 'http://www.w3.org/ns/regorg#',
  adms: 'http://www.w3.org/ns/adms#',
  skos: 'http://www.w3.org/2004/02/skos/core#',
  vcard: 'http://www.w3.org/2006/vcard/ns#',
  xsd: 'http://www.w3.org/2001/XMLSchema#',
  hd: 'https://helemaaldigitaal.vlaanderen.be/ns#',
} as const;

type Prefix = keyof typeof PREFIXES;
/** A compact IRI such as `dcterms:title`. */
export type Curie = `${Prefix}:${string}`;

export type Term = { id: string } | { value: string; language?: string; datatype?: Curie };

export interface GraphNode {
  id: string;
  types: Curie[];
  properties: Partial<Record<Curie, Term[]>>;
}

export const iri = (id: string): Term => ({ id });
export const text = (value: string, language?: string): Term => ({ value, language });
export const typed = (value: string | number | boolean, datatype: Curie): Term => ({ value: String(value), datatype });
export const dateTime = (value: Date): Term => typed(value.toISOString(), 'xsd:dateTime');

export function expand(curie: Curie): string {
  const [prefix, local] = curie.split(':', 2) as [Prefix, string];
  return PREFIXES[prefix] + local;
}

function jsonLdTerm(term: Term): Record<string, string> {
  if ('id' in term) return { '@id': term.id };
  if (term.language) return { '@value': term.value, '@language': term.language };
  if (term.datatype) return { '@value': term.value, '@type': term.datatype };
  return { '@value': term.value };
}

export function toJsonLd(nodes: GraphNode[]): Record<string, unknown> {
  return {
    '@context': PREFIXES,
    '@graph': nodes.map((node) => ({
      '@id': node.id,
      '@type': node.types,
      ...Object.fromEntries(
        Object.entries(node.properties).map(([key, terms]) => [key, (terms ?? []).map(jsonLdTerm)]),
      ),
    })),
  };
}

function rdfTerm(term: Term) {
  if ('id' in term) return DataFactory.namedNode(term.id);
  if (term.language) return DataFactory.literal(term.value, term.language);
  if (term.datatype) return DataFactory.literal(term.value, DataFactory.namedNode(expand(term.datatype)));
  return DataFactory.literal(term.value);
}

export function toTurtle(nodes: GraphNode[]): Promise<string> {
  const writer = new Writer({ prefixes: PREFIXES });
  const rdfType = DataFactory.namedNode('http://www.w3.org/1999/02/22-rdf-syntax-ns#type');
  for (const node of nodes) {
    const subject = DataFactory.namedNode(node.id);
    for (const type of node.types) writer.addQuad(subject, rdfType, DataFactory.namedNode(expand(type)));
    for (const [key, terms] of Object.entries(node.properties)) {
      for (const term of terms ?? [])
        writer.addQuad(subject, DataFactory.namedNode(expand(key as Curie)), rdfTerm(term));
    }
  }
  return new Promise((resolve, reject) =>
    writer.end((error, result: string) => (error ? reject(error) : resolve(result))),
  );
}
