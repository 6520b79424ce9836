// Rate limits per client address, declared first on each route.
export const readLimit = { max: 600, timeWindow: '1 minute' };
export const writeLimit = { max: 60, timeWindow: '1 minute' };
