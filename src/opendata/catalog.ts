// The DCAT-AP catalogue, with the properties DCAT-AP Vlaanderen makes mandatory on top of DCAT-AP:
// identifiers, contact point, access rights, licence and format on every distribution. It conforms to
// the DCAT-AP 3.0.0 SHACL shapes in ./shapes (dcat-ap.test.ts runs them).
import { dateTime, iri, text, type Curie, type GraphNode, type Term } from './graph.ts';

/** CC0, as the EU licence authority table names it: anyone may reuse the items without conditions. */
const LICENSE = 'http://publications.europa.eu/resource/authority/licence/CC0';
/** The Flemish Government (Vlaamse Gemeenschap), by its KBO number 0316.380.940, runs the platform. */
const PUBLISHER = 'https://data.vlaanderen.be/id/organisatie/0316380940';
const FILE_TYPE = 'http://publications.europa.eu/resource/authority/file-type/';
const MEDIA_TYPE = 'https://www.iana.org/assignments/media-types/';
const PUBLIC_ACCESS = 'http://publications.europa.eu/resource/authority/access-right/PUBLIC';
const LANGUAGES = ['nl', 'fr', 'en'] as const;
const LANGUAGE_AUTHORITY = 'http://publications.europa.eu/resource/authority/language/';
const EU_LANGUAGES = { nl: 'NLD', fr: 'FRA', en: 'ENG' } as const;

/**
 * The class DCAT-AP expects of the resources each property points to. Its shapes check these with
 * sh:class, which needs the type stated in the catalogue itself, so every such value gets its node.
 */
const RANGES: Partial<Record<Curie, Curie>> = {
  'dcterms:language': 'dcterms:LinguisticSystem',
  'dcterms:license': 'dcterms:LicenseDocument',
  'dcterms:accessRights': 'dcterms:RightsStatement',
  'dcterms:format': 'dcterms:MediaTypeOrExtent',
  'dcat:mediaType': 'dcterms:MediaType',
  'dcat:accessURL': 'rdfs:Resource',
  'dcat:downloadURL': 'rdfs:Resource',
  'dcat:landingPage': 'foaf:Document',
  'foaf:homepage': 'foaf:Document',
  'dcat:contactPoint': 'vcard:Kind',
  'dcat:endpointURL': 'rdfs:Resource',
  'dcat:endpointDescription': 'rdfs:Resource',
  'dcterms:conformsTo': 'dcterms:Standard',
};

type Texts = Record<(typeof LANGUAGES)[number], string>;
const inAllLanguages = (texts: Texts): Term[] => LANGUAGES.map((language) => text(texts[language], language));

export type DatasetName = 'challenges' | 'solutions' | 'calls';

const DATASETS: Record<DatasetName, { title: Texts; description: Texts }> = {
  challenges: {
    title: { nl: 'Maatschappelijke uitdagingen', fr: 'Défis de société', en: 'Societal challenges' },
    description: {
      nl: 'Gepubliceerde, openbare uitdagingen van zorgvoorzieningen, scholen, gemeenten en bedrijven op Helemaal Digitaal.',
      fr: 'Défis publiés et publics des établissements de soins, écoles, communes et entreprises sur Helemaal Digitaal.',
      en: 'Published, public challenges of care homes, schools, municipalities and companies on Helemaal Digitaal.',
    },
  },
  solutions: {
    title: { nl: 'Digitale oplossingen', fr: 'Solutions numériques', en: 'Digital solutions' },
    description: {
      nl: 'Gepubliceerde, openbare digitale oplossingen van bedrijven, start-ups en kennisinstellingen op Helemaal Digitaal.',
      fr: 'Solutions numériques publiées et publiques des entreprises, start-ups et instituts de recherche sur Helemaal Digitaal.',
      en: 'Published, public digital solutions of companies, start-ups and research institutes on Helemaal Digitaal.',
    },
  },
  calls: {
    title: { nl: 'Open oproepen', fr: 'Appels ouverts', en: 'Open calls' },
    description: {
      nl: 'Marktconsultaties, informatieaanvragen en oproepen voor pilots die open staan op openbare uitdagingen, met hun fasen, vragen en criteria.',
      fr: 'Consultations du marché, demandes d’information et appels à projets pilotes ouverts sur des défis publics, avec leurs phases, questions et critères.',
      en: 'Market consultations, requests for information and calls for pilots open on public challenges, with their phases, questions and criteria.',
    },
  },
};

const FORMATS = [
  { extension: 'jsonld', fileType: 'JSON_LD', mediaType: 'application/ld+json' },
  { extension: 'ttl', fileType: 'RDF_TURTLE', mediaType: 'text/turtle' },
  { extension: 'csv', fileType: 'CSV', mediaType: 'text/csv' },
] as const;

export const MEDIA_TYPES = Object.fromEntries(FORMATS.map((f) => [f.extension, f.mediaType])) as Record<
  'jsonld' | 'ttl' | 'csv',
  string
>;

function distributionNodes(baseUrl: string, name: DatasetName, modified: Date): GraphNode[] {
  return FORMATS.map((format) => {
    const url = `${baseUrl}/opendata/${name}.${format.extension}`;
    return {
      id: `${url}#distribution`,
      types: ['dcat:Distribution'],
      properties: {
        'dcterms:title': LANGUAGES.map((l) => text(`${DATASETS[name].title[l]} (${format.fileType})`, l)),
        'dcat:accessURL': [iri(url)],
        'dcat:downloadURL': [iri(url)],
        'dcterms:format': [iri(FILE_TYPE + format.fileType)],
        'dcat:mediaType': [iri(MEDIA_TYPE + format.mediaType)],
        'dcterms:license': [iri(LICENSE)],
        'dcterms:modified': [dateTime(modified)],
      },
    };
  });
}

function datasetNodes(baseUrl: string, name: DatasetName, modified: Date): GraphNode[] {
  const distributions = distributionNodes(baseUrl, name, modified);
  const dataset: GraphNode = {
    id: `${baseUrl}/opendata/datasets/${name}`,
    types: ['dcat:Dataset'],
    properties: {
      'dcterms:identifier': [text(`${baseUrl}/opendata/datasets/${name}`)],
      'dcterms:title': inAllLanguages(DATASETS[name].title),
      'dcterms:description': inAllLanguages(DATASETS[name].description),
      'dcterms:publisher': [iri(PUBLISHER)],
      'dcat:contactPoint': [iri(`${baseUrl}/opendata/contact`)],
      'dcterms:accessRights': [iri(PUBLIC_ACCESS)],
      'dcat:landingPage': [iri(`${baseUrl}/${name}`)],
      'dcat:keyword': [text('digitalisering', 'nl'), text('numérisation', 'fr'), text('digitalisation', 'en')],
      'dcterms:modified': [dateTime(modified)],
      'dcat:distribution': distributions.map((d) => iri(d.id)),
    },
  };
  return [dataset, ...distributions];
}

/** The Linked Data Event Stream of both datasets (src/ldes), as the service that serves them. */
const LDES_SPECIFICATION = 'https://w3id.org/ldes/specification';

function eventStreamService(baseUrl: string): GraphNode {
  return {
    id: `${baseUrl}/ldes/items#service`,
    types: ['dcat:DataService'],
    properties: {
      'dcterms:title': inAllLanguages({
        nl: 'Linked Data Event Stream van de gepubliceerde uitdagingen en oplossingen',
        fr: 'Linked Data Event Stream des défis et solutions publiés',
        en: 'Linked Data Event Stream of the published challenges and solutions',
      }),
      'dcterms:description': inAllLanguages({
        nl: 'Elke versie van een gepubliceerde, openbare uitdaging of oplossing, en een grafsteen wanneer ze niet langer gepubliceerd is (LDES, in Turtle en JSON-LD).',
        fr: 'Chaque version d’un défi ou d’une solution publiés et publics, et une pierre tombale quand il ou elle n’est plus publié (LDES, en Turtle et JSON-LD).',
        en: 'Every version of a published, public challenge or solution, and a tombstone when it is no longer published (LDES, in Turtle and JSON-LD).',
      }),
      'dcat:endpointURL': [iri(`${baseUrl}/ldes/items`)],
      'dcat:endpointDescription': [iri(LDES_SPECIFICATION)],
      'dcterms:conformsTo': [iri(LDES_SPECIFICATION)],
      'dcat:servesDataset': (['challenges', 'solutions'] as const).map((name) =>
        iri(`${baseUrl}/opendata/datasets/${name}`),
      ),
      'dcterms:publisher': [iri(PUBLISHER)],
      'dcat:contactPoint': [iri(`${baseUrl}/opendata/contact`)],
      'dcterms:accessRights': [iri(PUBLIC_ACCESS)],
      'dcterms:license': [iri(LICENSE)],
    },
  };
}

/** The nodes and every resource they point to through a property of RANGES, typed with the class it expects. */
function withTypedValues(nodes: GraphNode[]): GraphNode[] {
  const byId = new Map(nodes.map((node) => [node.id, node]));
  for (const node of nodes) {
    for (const [property, terms] of Object.entries(node.properties)) {
      const range = RANGES[property as Curie];
      for (const term of range ? (terms ?? []) : []) {
        if (!('id' in term)) continue;
        const value = byId.get(term.id) ?? { id: term.id, types: [], properties: {} };
        if (range && !value.types.includes(range)) value.types.push(range);
        byId.set(term.id, value);
      }
    }
  }
  return [...byId.values()];
}

/** The catalogue with its datasets, distributions, publisher, contact point and typed values. */
export function catalogGraph(baseUrl: string, modified: Record<DatasetName, Date>): GraphNode[] {
  return withTypedValues(describedNodes(baseUrl, modified));
}

function describedNodes(baseUrl: string, modified: Record<DatasetName, Date>): GraphNode[] {
  const names: DatasetName[] = ['challenges', 'solutions', 'calls'];
  const datasets = names.flatMap((name) => datasetNodes(baseUrl, name, modified[name]));
  const latest = new Date(Math.max(...names.map((name) => modified[name].getTime())));
  return [
    {
      id: `${baseUrl}/opendata/catalog`,
      types: ['dcat:Catalog'],
      properties: {
        'dcterms:title': inAllLanguages({
          nl: 'Helemaal Digitaal open data',
          fr: 'Données ouvertes Helemaal Digitaal',
          en: 'Helemaal Digitaal open data',
        }),
        'dcterms:description': inAllLanguages({
          nl: 'Uitdagingen, digitale oplossingen en open oproepen die op Helemaal Digitaal openbaar gepubliceerd zijn.',
          fr: 'Défis, solutions numériques et appels ouverts publiés publiquement sur Helemaal Digitaal.',
          en: 'Challenges, digital solutions and open calls published publicly on Helemaal Digitaal.',
        }),
        'dcterms:publisher': [iri(PUBLISHER)],
        'foaf:homepage': [iri(`${baseUrl}/`)],
        'dcterms:license': [iri(LICENSE)],
        'dcterms:language': LANGUAGES.map((l) => iri(LANGUAGE_AUTHORITY + EU_LANGUAGES[l])),
        'dcterms:modified': [dateTime(latest)],
        'dcat:dataset': names.map((name) => iri(`${baseUrl}/opendata/datasets/${name}`)),
        'dcat:service': [iri(`${baseUrl}/ldes/items#service`)],
      },
    },
    ...datasets,
    eventStreamService(baseUrl),
    {
      id: PUBLISHER,
      types: ['foaf:Agent', 'rov:RegisteredOrganization'],
      properties: {
        'foaf:name': [
          text('Vlaamse overheid', 'nl'),
          text('Gouvernement flamand', 'fr'),
          text('Flemish Government', 'en'),
        ],
        'rov:legalName': [text('Vlaamse Gemeenschap', 'nl')],
      },
    },
    {
      id: `${baseUrl}/opendata/contact`,
      types: ['vcard:Organization'],
      properties: { 'vcard:fn': [text('Helemaal Digitaal')], 'vcard:hasURL': [iri(`${baseUrl}/`)] },
    },
  ];
}
