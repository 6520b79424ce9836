#!/usr/bin/env node
// The helemaal command as npm run build compiles it into dist/bin/helemaal.js: plain Node.js, no loader.
// bin/helemaal.js runs the same command from the TypeScript sources through tsx, for development and the tests.
import '../src/cli/main.ts';
