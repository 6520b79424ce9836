// How the standard's words meet the platform's: software types to solution kinds, development status to market
// stage, intended-audience scopes and a few categories to sectors, platforms kept as technologies. Only mappings
// that are clear are here; everything else in a file is reported as not kept.
import type { MarketStage, Sector, SolutionKind } from '../taxonomy/taxonomy.ts';

export const KIND_OF_SOFTWARE_TYPE: Record<string, SolutionKind> = {
  'standalone/mobile': 'app',
  'standalone/web': 'platform',
  'standalone/backend': 'platform',
  'standalone/desktop': 'product',
  'standalone/iot': 'product',
  'standalone/other': 'product',
  addon: 'product',
  library: 'product',
  configurationFiles: 'product',
};

export const SOFTWARE_TYPE_OF_KIND: Record<SolutionKind, string> = {
  app: 'standalone/mobile',
  platform: 'standalone/web',
  product: 'standalone/other',
  service: 'standalone/other',
  advice: 'standalone/other',
  research: 'standalone/other',
};

export const STAGE_OF_STATUS: Record<string, MarketStage> = {
  concept: 'prototype',
  development: 'prototype',
  beta: 'pilot',
  stable: 'market',
  obsolete: 'market',
};

export const STATUS_OF_STAGE: Record<MarketStage, string> = {
  prototype: 'development',
  pilot: 'beta',
  market: 'stable',
  scale: 'stable',
};

/** A technology readiness level read as a development status. */
export const statusOfTrl = (trl: number): string =>
  trl <= 4 ? 'concept' : trl <= 6 ? 'development' : trl <= 8 ? 'beta' : 'stable';

/** intendedAudience.scope values with a clear sector; the others (research, society, defence …) have none. */
export const SECTOR_OF_SCOPE: Record<string, Sector> = {
  agriculture: 'agrifood',
  culture: 'culture',
  education: 'education',
  'emergency-services': 'security',
  security: 'security',
  employment: 'work',
  energy: 'energy',
  environment: 'energy',
  government: 'government',
  'local-authorities': 'government',
  healthcare: 'care',
  welfare: 'care',
  manufacturing: 'industry',
  tourism: 'hospitality',
  transportation: 'mobility',
};

/** The few categories that name a sector by themselves. */
export const SECTOR_OF_CATEGORY: Record<string, Sector> = {
  'educational-content': 'education',
  'learning-management-system': 'education',
  'e-commerce': 'retail',
  'fleet-management': 'logistics',
  'warehouse-management': 'logistics',
};

/** The standard's predefined platforms; they travel as technologies. */
export const PLATFORMS = ['web', 'windows', 'mac', 'linux', 'ios', 'android'] as const;

/** Platforms kept among a solution's technologies, for the way back. */
export const isPlatform = (value: string): boolean => (PLATFORMS as readonly string[]).includes(value);
