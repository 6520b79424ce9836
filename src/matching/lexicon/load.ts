// The engine's only file I/O: reads the committed lexicon files (built by scripts/build-lexicon.ts).
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { Lexicon, type LexiconData } from '../engine/lexicon.ts';

/** One file per source and licence (see README.md); the engine merges them. */
export const LEXICON_FILES = ['eurovoc.json.gz', 'freedict.json.gz', 'apertium.json.gz'] as const;
export const DEFAULT_LEXICON_PATHS = LEXICON_FILES.map((name) => fileURLToPath(new URL(`./${name}`, import.meta.url)));

export function loadLexiconData(path: string): LexiconData {
  const data = JSON.parse(gunzipSync(readFileSync(path)).toString('utf8')) as LexiconData;
  if (data.version !== 2) throw new Error(`unsupported lexicon version ${String(data.version)} in ${path}`);
  return data;
}

export function loadLexicon(paths: readonly string[] = DEFAULT_LEXICON_PATHS): Lexicon {
  return new Lexicon(eachFile(paths));
}

/** One file parsed at a time: the parsed JSON of all of them at once would double the memory at start-up. */
function* eachFile(paths: readonly string[]): Generator<LexiconData> {
  for (const path of paths) yield loadLexiconData(path);
}
