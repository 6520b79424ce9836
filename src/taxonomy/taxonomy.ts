// The platform's controlled vocabularies. Codes are stored; labels are shown in the reader's language.
export type Locale = 'nl' | 'fr' | 'en';
export type Labels = Readonly<Record<Locale, string>>;

export const SECTORS = {
  care: { nl: 'Zorg en welzijn', fr: 'Soins et bien-être', en: 'Care and welfare' },
  education: { nl: 'Onderwijs en vorming', fr: 'Enseignement et formation', en: 'Education and training' },
  government: { nl: 'Overheid', fr: 'Administration publique', en: 'Government' },
  mobility: { nl: 'Mobiliteit', fr: 'Mobilité', en: 'Mobility' },
  retail: { nl: 'Handel', fr: 'Commerce', en: 'Retail' },
  hospitality: { nl: 'Horeca en toerisme', fr: 'Horeca et tourisme', en: 'Hospitality and tourism' },
  industry: { nl: 'Maakindustrie', fr: 'Industrie manufacturière', en: 'Manufacturing' },
  agrifood: { nl: 'Landbouw en voeding', fr: 'Agriculture et alimentation', en: 'Agriculture and food' },
  energy: { nl: 'Energie en klimaat', fr: 'Énergie et climat', en: 'Energy and climate' },
  culture: { nl: 'Cultuur, jeugd en media', fr: 'Culture, jeunesse et médias', en: 'Culture, youth and media' },
  housing: { nl: 'Bouw en wonen', fr: 'Construction et logement', en: 'Construction and housing' },
  work: { nl: 'Werk en sociale economie', fr: 'Emploi et économie sociale', en: 'Work and social economy' },
  security: { nl: 'Veiligheid', fr: 'Sécurité', en: 'Safety and security' },
  logistics: { nl: 'Logistiek', fr: 'Logistique', en: 'Logistics' },
} as const satisfies Record<string, Labels>;
export type Sector = keyof typeof SECTORS;

// The nine spearheads (speerpunten) of the Digital Strategy for Flanders (2025).
export const SPEARHEADS = {
  1: {
    nl: 'Iedereen voorbereid op de digitale toekomst',
    fr: 'Tout le monde préparé à l’avenir numérique',
    en: 'Everyone prepared for the digital future',
  },
  2: { nl: 'Sterke digitale bedrijven', fr: 'Des entreprises numériques fortes', en: 'Strong digital companies' },
  3: { nl: 'Datagedreven overheid', fr: 'Une administration pilotée par les données', en: 'Data-driven government' },
  4: { nl: 'Verantwoord omarmen van AI', fr: 'Adopter l’IA de manière responsable', en: 'Embracing AI responsibly' },
  5: {
    nl: 'Gebruikersgerichte, inclusieve en proactieve dienstverlening',
    fr: 'Des services centrés sur l’usager, inclusifs et proactifs',
    en: 'User-centred, inclusive, proactive services',
  },
  6: { nl: 'Digitaal veilig Vlaanderen', fr: 'Une Flandre numériquement sûre', en: 'Digitally safe Flanders' },
  7: {
    nl: 'Toekomstbestendige, duurzame digitale infrastructuur',
    fr: 'Une infrastructure numérique durable et pérenne',
    en: 'Future-proof sustainable digital infrastructure',
  },
  8: { nl: 'Overheid als platform', fr: 'L’administration comme plateforme', en: 'Government as a platform' },
  9: { nl: 'Maatschappelijke impact', fr: 'Impact sociétal', en: 'Societal impact' },
} as const satisfies Record<number, Labels>;
export type Spearhead = keyof typeof SPEARHEADS;
export const SPEARHEAD_NUMBERS = [1, 2, 3, 4, 5, 6, 7, 8, 9] as const;

// Regions by NUTS code where one exists; partner regions take part through federation.
export const REGIONS = {
  BE2: { nl: 'Heel Vlaanderen', fr: 'Toute la Flandre', en: 'All of Flanders' },
  BE21: { nl: 'Antwerpen', fr: 'Anvers', en: 'Antwerp' },
  BE22: { nl: 'Limburg', fr: 'Limbourg', en: 'Limburg' },
  BE23: { nl: 'Oost-Vlaanderen', fr: 'Flandre-Orientale', en: 'East Flanders' },
  BE24: { nl: 'Vlaams-Brabant', fr: 'Brabant flamand', en: 'Flemish Brabant' },
  BE25: { nl: 'West-Vlaanderen', fr: 'Flandre-Occidentale', en: 'West Flanders' },
  BE10: { nl: 'Brussels Hoofdstedelijk Gewest', fr: 'Région de Bruxelles-Capitale', en: 'Brussels-Capital Region' },
  NL: { nl: 'Nederland', fr: 'Pays-Bas', en: 'The Netherlands' },
  ES21: { nl: 'Baskenland', fr: 'Pays basque', en: 'Basque Country' },
} as const satisfies Record<string, Labels>;
export type Region = keyof typeof REGIONS;

export const CONTENT_LANGUAGES = {
  nl: { nl: 'Nederlands', fr: 'Néerlandais', en: 'Dutch' },
  en: { nl: 'Engels', fr: 'Anglais', en: 'English' },
  fr: { nl: 'Frans', fr: 'Français', en: 'French' },
  es: { nl: 'Spaans', fr: 'Espagnol', en: 'Spanish' },
  eu: { nl: 'Baskisch', fr: 'Basque', en: 'Basque' },
} as const satisfies Record<string, Labels>;
export type ContentLanguage = keyof typeof CONTENT_LANGUAGES;

export const SOLUTION_KINDS = {
  product: { nl: 'Product', fr: 'Produit', en: 'Product' },
  service: { nl: 'Dienst', fr: 'Service', en: 'Service' },
  platform: { nl: 'Platform', fr: 'Plateforme', en: 'Platform' },
  app: { nl: 'App', fr: 'Application', en: 'App' },
  advice: { nl: 'Advies', fr: 'Conseil', en: 'Advice' },
  research: { nl: 'Onderzoek', fr: 'Recherche', en: 'Research' },
} as const satisfies Record<string, Labels>;
export type SolutionKind = keyof typeof SOLUTION_KINDS;

export const PRICING = {
  free: { nl: 'Gratis', fr: 'Gratuit', en: 'Free' },
  free_period: { nl: 'Gratis voor een periode', fr: 'Gratuit pendant une période', en: 'Free for a period' },
  paid: { nl: 'Betalend', fr: 'Payant', en: 'Paid' },
} as const satisfies Record<string, Labels>;
export type Pricing = keyof typeof PRICING;

export const MARKET_STAGES = {
  prototype: { nl: 'Prototype', fr: 'Prototype', en: 'Prototype' },
  pilot: { nl: 'Pilootfase', fr: 'Phase pilote', en: 'Pilot' },
  market: { nl: 'Op de markt', fr: 'Sur le marché', en: 'On the market' },
  scale: { nl: 'Breed uitgerold', fr: 'Déployé à grande échelle', en: 'Widely deployed' },
} as const satisfies Record<string, Labels>;
export type MarketStage = keyof typeof MARKET_STAGES;

export const URGENCIES = {
  low: { nl: 'Laag', fr: 'Faible', en: 'Low' },
  medium: { nl: 'Gemiddeld', fr: 'Moyenne', en: 'Medium' },
  high: { nl: 'Hoog', fr: 'Élevée', en: 'High' },
  critical: { nl: 'Dringend', fr: 'Critique', en: 'Critical' },
} as const satisfies Record<string, Labels>;
export type Urgency = keyof typeof URGENCIES;

export const CLASSIFICATIONS = {
  public: { nl: 'Publiek', fr: 'Public', en: 'Public' },
  internal: { nl: 'Intern', fr: 'Interne', en: 'Internal' },
  confidential: { nl: 'Vertrouwelijk', fr: 'Confidentiel', en: 'Confidential' },
} as const satisfies Record<string, Labels>;
export type Classification = keyof typeof CLASSIFICATIONS;

export const ORGANISATION_KINDS = {
  company: { nl: 'Bedrijf', fr: 'Entreprise', en: 'Company' },
  startup: { nl: 'Start-up', fr: 'Start-up', en: 'Start-up' },
  knowledge_institution: { nl: 'Kennisinstelling', fr: 'Institution de recherche', en: 'Knowledge institution' },
  local_government: { nl: 'Lokaal bestuur', fr: 'Pouvoir local', en: 'Local government' },
  flemish_government: { nl: 'Vlaamse overheid', fr: 'Administration flamande', en: 'Flemish government' },
  non_profit: { nl: 'Vzw of non-profit', fr: 'ASBL ou non-marchand', en: 'Non-profit' },
  federation: { nl: 'Federatie', fr: 'Fédération', en: 'Federation' },
  care_provider: { nl: 'Zorgvoorziening', fr: 'Établissement de soins', en: 'Care provider' },
  school: { nl: 'School', fr: 'École', en: 'School' },
} as const satisfies Record<string, Labels>;
export type OrganisationKind = keyof typeof ORGANISATION_KINDS;

export function keysOf<T extends object>(table: T): (keyof T & string)[] {
  return Object.keys(table) as (keyof T & string)[];
}
