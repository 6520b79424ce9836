// Reading a partner's LDES members: the triples of one member (as src/ldes/members.ts writes them, OSLO,
// DCAT, schema.org and hd: terms) become the item they describe, checked against the federation schema,
// or a tombstone. A member that says too little or something out of range is refused by name.
import type { Quad, Term } from 'n3';
import { isAppError } from '../shared/errors.ts';
import { parseInput } from '../shared/validation.ts';
import { FederatedChallenge, FederatedSolution } from './schemas.ts';

const RDF_TYPE = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#type';
const DCTERMS = 'http://purl.org/dc/terms/';
const SCHEMA = 'https://schema.org/';
const HD = 'https://helemaaldigitaal.vlaanderen.be/ns#';
const ROV = 'http://www.w3.org/ns/regorg#';
const PROV_GENERATED = 'http://www.w3.org/ns/prov#generatedAtTime';
const AS = 'https://www.w3.org/ns/activitystreams#';
const NUTS = 'http://data.europa.eu/nuts/code/';

interface Version {
  /** The member's IRI: what the follower remembers having applied. */
  iri: string;
  /** The item's IRI at the partner (dcterms:isVersionOf). */
  item: string;
  time: Date;
}
export type Member =
  | (Version & { kind: 'challenge'; value: FederatedChallenge })
  | (Version & { kind: 'solution'; value: FederatedSolution })
  | (Version & { kind: 'delete' });

/** A member the follower cannot use; the message names it and never echoes its content. */
export class MemberProblem extends Error {
  override name = 'MemberProblem';
}

/** The triples of a page by subject, read back one property at a time. */
export class Triples {
  private readonly bySubject = new Map<string, Quad[]>();

  constructor(quads: Quad[]) {
    for (const quad of quads) {
      const key = quad.subject.value;
      const list = this.bySubject.get(key) ?? [];
      list.push(quad);
      this.bySubject.set(key, list);
    }
  }

  objects(subject: string, predicate: string): Term[] {
    return (this.bySubject.get(subject) ?? []).filter((q) => q.predicate.value === predicate).map((q) => q.object);
  }

  values(subject: string, predicate: string): string[] {
    return this.objects(subject, predicate).map((term) => term.value);
  }

  value(subject: string, predicate: string): string | undefined {
    return this.values(subject, predicate)[0];
  }
}

const integer = (value: string | undefined): number | null => (value === undefined ? null : Number(value));
const withoutNuts = (values: string[]): string[] =>
  values.map((value) => (value.startsWith(NUTS) ? value.slice(NUTS.length) : value));

function organisation(triples: Triples, member: string, role: string) {
  const node = triples.value(member, SCHEMA + role) ?? '';
  const address = triples.value(node, `${SCHEMA}address`) ?? '';
  return {
    id: triples.value(node, `${SCHEMA}sameAs`),
    name: triples.value(node, `${SCHEMA}name`),
    kind: triples.value(node, `${ROV}orgType`),
    isSme: triples.value(node, `${HD}isSme`) === 'true',
    country: triples.value(address, `${SCHEMA}addressCountry`),
  };
}

function common(triples: Triples, member: string, version: Version) {
  const one = (predicate: string) => triples.value(member, predicate);
  return {
    id: version.item,
    url: one(`${SCHEMA}url`) ?? version.item,
    updatedAt: version.time.toISOString(),
    title: one(`${DCTERMS}title`),
    description: one(`${DCTERMS}description`),
    sectors: triples.values(member, `${HD}sector`),
    spearheads: triples.values(member, `${HD}spearhead`).map(Number),
    language: one(`${SCHEMA}inLanguage`),
    status: one(`${HD}status`),
  };
}

function challenge(triples: Triples, member: string, version: Version): unknown {
  const one = (predicate: string) => triples.value(member, HD + predicate);
  const deadline = one('deadline');
  return {
    ...common(triples, member, version),
    region: withoutNuts(triples.values(member, `${DCTERMS}spatial`))[0],
    urgency: one('urgency'),
    // An xsd:date; a producer that wrote a full time still means the day.
    deadline: deadline === undefined ? null : deadline.slice(0, 10),
    durationMonths: integer(one('durationMonths')),
    desiredKinds: triples.values(member, `${HD}desiredKind`),
    organisation: organisation(triples, member, 'seller'),
  };
}

function solution(triples: Triples, member: string, version: Version): unknown {
  const one = (predicate: string) => triples.value(member, HD + predicate);
  return {
    ...common(triples, member, version),
    kind: one('kind'),
    technologies: triples.values(member, `${HD}technology`),
    trl: integer(one('trl')),
    marketStage: one('marketStage') ?? null,
    pricing: one('pricing'),
    freeMonths: integer(one('freeMonths')),
    regionsServed: withoutNuts(triples.values(member, `${DCTERMS}spatial`)),
    languages: triples.values(member, `${SCHEMA}availableLanguage`),
    references: one('references') ?? '',
    organisation: organisation(triples, member, 'provider'),
  };
}

function checked<T>(schema: Parameters<typeof parseInput>[0], value: unknown, iri: string): T {
  try {
    return parseInput(schema, value) as T;
  } catch (error) {
    if (!isAppError(error)) throw error;
    const fields = [...new Set(error.fields.map((field) => field.field || '(member)'))].join(', ');
    throw new MemberProblem(`member ${iri} does not describe an item as expected (${fields})`);
  }
}

/** One member: a version of a challenge or a solution, or a tombstone; a MemberProblem when it is neither. */
export function readMember(triples: Triples, iri: string): Member {
  const types = triples.values(iri, RDF_TYPE);
  const item = triples.value(iri, `${DCTERMS}isVersionOf`);
  const time = new Date(triples.value(iri, PROV_GENERATED) ?? Number.NaN);
  if (!item || !/^https?:\/\//.test(item)) throw new MemberProblem(`member ${iri} has no dcterms:isVersionOf`);
  if (Number.isNaN(time.getTime())) throw new MemberProblem(`member ${iri} has no prov:generatedAtTime`);
  const version = { iri, item, time };
  if (types.includes(`${AS}Delete`)) return { ...version, kind: 'delete' };
  if (types.includes(`${HD}Challenge`))
    return {
      ...version,
      kind: 'challenge',
      value: checked<FederatedChallenge>(FederatedChallenge, challenge(triples, iri, version), iri),
    };
  if (types.includes(`${HD}Solution`))
    return {
      ...version,
      kind: 'solution',
      value: checked<FederatedSolution>(FederatedSolution, solution(triples, iri, version), iri),
    };
  throw new MemberProblem(`member ${iri} is neither a challenge, a solution nor a tombstone`);
}
