#!/usr/bin/env node
// The helemaal command from the TypeScript sources through tsx, for development and the tests; production runs
// the compiled dist/bin/helemaal.js (npm run build, from bin/helemaal.ts).
import { register } from 'tsx/esm/api';

register();
await import('../src/cli/main.ts');
