// The engine's only file I/O: reads the committed lexicon (built by scripts/build-lexicon.ts).
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { Lexicon, type LexiconData } from '../engine/lexicon.ts';

export const DEFAULT_LEXICON_PATH = fileURLToPath(new URL('./lexicon.json.gz', import.meta.url));

export function loadLexiconData(path: string = DEFAULT_LEXICON_PATH): LexiconData {
  const data = JSON.parse(gunzipSync(readFileSync(path)).toString('utf8')) as LexiconData;
  if (data.version !== 1) throw new Error(`unsupported lexicon version ${String(data.version)} in ${path}`);
  return data;
}

export function loadLexicon(path: string = DEFAULT_LEXICON_PATH): Lexicon {
  return new Lexicon(loadLexiconData(path));
}
