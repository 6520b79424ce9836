// The demo content loaded into an empty database on first start, as flat arrays.
import type { DemoChallenge, DemoOrganisation, DemoSolution } from './types.ts';
import { demoOrganisations as organisations } from './organisations.ts';
import { careChallenges } from './challenges-care.ts';
import { educationChallenges } from './challenges-education.ts';
import { governmentChallenges } from './challenges-government.ts';
import { economyChallenges } from './challenges-economy.ts';
import { careSolutions } from './solutions-care.ts';
import { educationSolutions } from './solutions-education.ts';
import { governmentSolutions } from './solutions-government.ts';
import { businessSolutions } from './solutions-business.ts';
import { openSourceSolutions } from './solutions-open-source.ts';

export type { DemoChallenge, DemoMatch, DemoOrganisation, DemoSolution } from './types.ts';
export { demoMatches } from './matches.ts';

export const demoOrganisations: readonly DemoOrganisation[] = organisations;

export const demoChallenges: readonly DemoChallenge[] = [
  ...careChallenges,
  ...educationChallenges,
  ...governmentChallenges,
  ...economyChallenges,
];

export const demoSolutions: readonly DemoSolution[] = [
  ...careSolutions,
  ...educationSolutions,
  ...governmentSolutions,
  ...businessSolutions,
  ...openSourceSolutions,
];
