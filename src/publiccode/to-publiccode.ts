// A solution → publiccode.yml. Only a solution that is public software has one: its references name the source
// address and the licence (as an import from publiccode.yml writes them). The result validates against the schema.
import { stringify } from 'yaml';
import type { SolutionWithOrganisation } from '../items/repository.ts';
import type { MarketStage, SolutionKind } from '../taxonomy/taxonomy.ts';
import schema from './publiccode.schema.json' with { type: 'json' };
import { readReferences } from './references.ts';
import { isPlatform, SECTOR_OF_SCOPE, SOFTWARE_TYPE_OF_KIND, STATUS_OF_STAGE, statusOfTrl } from './vocabulary.ts';

export const PUBLICCODE_VERSION = '0.5';
const SHORT_MAX = 150;
const LONG_MIN = 150;
const CATEGORIES = new Set<string>(schema.properties.categories.items.enum);
const MAINTENANCE = new Set(['internal', 'contract', 'community', 'none']);

/** shortDescription is one line of at most 150 characters; longDescription, when there is one, 150 or more. */
export function splitDescription(description: string): { shortDescription: string; longDescription?: string } {
  const text = description.trim();
  const [first = '', ...rest] = text.split(/\n\s*\n/);
  const remainder = rest.join('\n\n').trim();
  if (!first.includes('\n') && first.length <= SHORT_MAX && remainder.length >= LONG_MIN)
    return { shortDescription: first, longDescription: remainder };
  if (!text.includes('\n') && text.length <= SHORT_MAX) return { shortDescription: text };
  const line = text.split('\n')[0] as string;
  const sentence = /^.*?[.!?](\s|$)/.exec(line)?.[0].trim() ?? line;
  const shortDescription = sentence.length <= SHORT_MAX ? sentence : `${sentence.slice(0, SHORT_MAX - 1).trimEnd()}…`;
  return text.length >= LONG_MIN ? { shortDescription, longDescription: text } : { shortDescription };
}

function scopesOf(sectors: string[]): string[] {
  return Object.entries(SECTOR_OF_SCOPE)
    .filter(([, sector]) => sectors.includes(sector))
    .map(([scope]) => scope)
    .filter((scope, index, all) => all.findIndex((s) => SECTOR_OF_SCOPE[s] === SECTOR_OF_SCOPE[scope]) === index);
}

function developmentStatus(solution: SolutionWithOrganisation): string {
  if (solution.market_stage) return STATUS_OF_STAGE[solution.market_stage as MarketStage] ?? 'stable';
  return statusOfTrl(solution.trl ?? 9);
}

/** The publiccode.yml document of a solution, or null when it is not public software. */
export function publiccodeOfSolution(
  solution: SolutionWithOrganisation,
  pageUrl: string,
): Record<string, unknown> | null {
  const facts = readReferences(solution.reference_text);
  if (!facts.url || !facts.licence) return null;
  const platforms = solution.technologies.filter(isPlatform);
  const categories = solution.technologies.filter((t) => CATEGORIES.has(t));
  const scope = scopesOf(solution.sectors);
  const maintenance = facts.maintenance && MAINTENANCE.has(facts.maintenance) ? facts.maintenance : 'internal';
  return {
    publiccodeYmlVersion: PUBLICCODE_VERSION,
    name: solution.title,
    url: facts.url,
    landingURL: facts.landingUrl ?? pageUrl,
    platforms: platforms.length ? platforms : ['web'],
    ...(categories.length ? { categories } : {}),
    ...(facts.usedBy?.length ? { usedBy: facts.usedBy } : {}),
    developmentStatus: developmentStatus(solution),
    softwareType: SOFTWARE_TYPE_OF_KIND[solution.kind as SolutionKind] ?? 'standalone/other',
    ...(scope.length ? { intendedAudience: { scope } } : {}),
    description: { [solution.language]: splitDescription(solution.description) },
    legal: {
      license: facts.licence,
      ...(facts.copyrightOwner ? { mainCopyrightOwner: facts.copyrightOwner } : {}),
      repoOwner: solution.organisation_name,
    },
    maintenance: { type: maintenance },
    localisation: { localisationReady: solution.languages.length > 1, availableLanguages: solution.languages },
  };
}

export const publiccodeYaml = (document: Record<string, unknown>): string =>
  `# publiccode.yml, https://github.com/publiccodeyml/publiccode.yml\n${stringify(document, { lineWidth: 0 })}`;
