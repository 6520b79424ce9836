// Structured fit between two documents: the facts besides the text that make a match workable.
import type { Language } from './text.ts';
import type { MatchDocument } from './types.ts';

export interface StructureFit {
  /** 0..1 over the signals both documents provide. */
  score: number;
  /** 0..1: how much is known (signal weights present / all), so a bare document is not judged on nothing. */
  coverage: number;
  sectors: string[];
  spearheads: number[];
  regions: string[];
  sameLanguage: boolean;
}

// Relative importance of each signal.
const WEIGHTS = { sectors: 3, spearheads: 2, regions: 2, language: 1, maturity: 1, freshness: 0.5 };
const ALL_WEIGHTS = Object.values(WEIGHTS).reduce((a, b) => a + b, 0);
const FRESHNESS_HALF_LIFE_DAYS = 365;

/** `seeker` is the document matched for, `candidate` a document offered to it. */
export function structureFit(
  seeker: MatchDocument,
  seekerLanguage: Language,
  candidate: MatchDocument,
  candidateLanguage: Language,
  now: Date,
): StructureFit {
  // Known signals' weights and weighted scores, summed as found (this runs for every ranked candidate).
  let known = 0;
  let weighted = 0;
  const sectors = intersect(seeker.sectors, candidate.sectors, textKey);
  if (seeker.sectors?.length && candidate.sectors?.length) {
    known += WEIGHTS.sectors;
    weighted += WEIGHTS.sectors * overlap(sectors.length, seeker.sectors, candidate.sectors);
  }
  const spearheads = intersect(seeker.spearheads, candidate.spearheads, sameKey);
  if (seeker.spearheads?.length && candidate.spearheads?.length) {
    known += WEIGHTS.spearheads;
    weighted += WEIGHTS.spearheads * overlap(spearheads.length, seeker.spearheads, candidate.spearheads);
  }
  const regions = intersect(seeker.regions, candidate.regions, textKey);
  if (seeker.regions?.length && candidate.regions?.length) {
    known += WEIGHTS.regions;
    weighted += WEIGHTS.regions * (regions.length > 0 ? 1 : 0);
  }
  const language = languageFit(seeker, seekerLanguage, candidate, candidateLanguage);
  if (language !== null) {
    known += WEIGHTS.language;
    weighted += WEIGHTS.language * language;
  }
  const maturity = maturityFit(seeker, candidate);
  if (maturity !== null) {
    known += WEIGHTS.maturity;
    weighted += WEIGHTS.maturity * maturity;
  }
  if (candidate.updatedAt) {
    known += WEIGHTS.freshness;
    weighted += WEIGHTS.freshness * freshness(candidate.updatedAt, now);
  }
  return {
    score: known === 0 ? 0 : weighted / known,
    coverage: known / ALL_WEIGHTS,
    sectors,
    spearheads,
    regions,
    sameLanguage: seekerLanguage === candidateLanguage && seekerLanguage !== 'other',
  };
}

const textKey = (value: string): string => value.trim().toLowerCase();
const sameKey = <T>(value: T): T => value;

function intersect<T, K>(a: T[] | undefined, b: T[] | undefined, key: (value: T) => K): T[] {
  if (!a?.length || !b?.length) return [];
  const keys = new Set(b.map(key));
  return a.filter((value, i) => keys.has(key(value)) && a.findIndex((v) => key(v) === key(value)) === i);
}

/** Share of the smaller list that is matched: one precise sector matching counts fully. */
function overlap(shared: number, a: unknown[], b: unknown[]): number {
  return Math.min(1, shared / Math.min(a.length, b.length));
}

/** 1 when they share a working language, else 0.2 (a match across languages still works, with effort). */
function languageFit(
  seeker: MatchDocument,
  seekerLanguage: Language,
  candidate: MatchDocument,
  candidateLanguage: Language,
): number | null {
  if (!seeker.languages?.length && !candidate.languages?.length) {
    // Common case, kept cheap: only the texts' own languages are known.
    if (seekerLanguage === 'other' || candidateLanguage === 'other') return null;
    return seekerLanguage === candidateLanguage ? 1 : 0.2;
  }
  const seekerLanguages = new Set<Language>([...(seeker.languages ?? []), seekerLanguage].filter((l) => l !== 'other'));
  const candidateLanguages = new Set<Language>(
    [...(candidate.languages ?? []), candidateLanguage].filter((l) => l !== 'other'),
  );
  if (seekerLanguages.size === 0 || candidateLanguages.size === 0) return null;
  return [...seekerLanguages].some((l) => candidateLanguages.has(l)) ? 1 : 0.2;
}

/** A solution at or beyond the desired maturity fits; each TRL level short costs a quarter. */
function maturityFit(seeker: MatchDocument, candidate: MatchDocument): number | null {
  if (seeker.maturity == null || candidate.maturity == null) return null;
  const solution = seeker.kind === 'solution' ? seeker.maturity : candidate.maturity;
  const desired = seeker.kind === 'solution' ? candidate.maturity : seeker.maturity;
  return Math.max(0, 1 - Math.max(0, desired - solution) / 4);
}

function freshness(updatedAt: Date, now: Date): number {
  const ageDays = Math.max(0, (now.getTime() - updatedAt.getTime()) / 86_400_000);
  return 0.5 ** (ageDays / FRESHNESS_HALF_LIFE_DAYS);
}
