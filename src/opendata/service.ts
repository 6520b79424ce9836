// What the open data files and feeds publish: the public items, newest first, only what the visibility
// rule lets anyone read (the repository's queries apply it).
import type { Services } from '../app-types.ts';
import * as repository from './repository.ts';

export type { PublicChallenge, PublicSolution } from './repository.ts';

export function publishedChallenges(services: Services, limit?: number): Promise<repository.PublicChallenge[]> {
  return repository.publicChallenges(services.db, limit);
}

export function publishedSolutions(services: Services, limit?: number): Promise<repository.PublicSolution[]> {
  return repository.publicSolutions(services.db, limit);
}

/** When the public challenges or solutions last changed, withdrawals included; null before any change. */
export function lastPublicChange(services: Services, kind: 'challenge' | 'solution'): Promise<Date | null> {
  return repository.lastPublicChange(services.db, kind);
}

/** When an open call on a public challenge last changed; null while there is none. */
export function lastPublicCallChange(services: Services): Promise<Date | null> {
  return repository.lastPublicCallChange(services.db);
}
