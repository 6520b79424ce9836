// Public interface of the matching engine (no I/O here; load the lexicon with src/matching/lexicon/load.ts).
export { MatchEngine, DEFAULT_OPTIONS } from './engine.ts';
export type { EngineOptions, MatchOptions, SearchOptions } from './engine.ts';
export { Lexicon } from './lexicon.ts';
export type { LexiconData, Concept, ConceptLabel } from './lexicon.ts';
export { detectLanguage, KNOWN_LANGUAGES } from './text.ts';
export type { Language } from './text.ts';
export type {
  DocumentKind,
  MatchDocument,
  MatchExplanation,
  MatchResult,
  ConceptRef,
  TranslatedTerm,
} from './types.ts';
export type { EmbeddingProvider } from './embeddings.ts';
export { OpenAiCompatibleEmbeddings, embeddingProviderFromEnv } from './embeddings.ts';
