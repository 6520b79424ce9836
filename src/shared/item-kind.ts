// The two kinds of item the platform matches: a challenge (a demand) and a solution (an offer).
export type ItemKind = 'challenge' | 'solution';
