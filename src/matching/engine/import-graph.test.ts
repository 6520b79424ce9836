// The engine's modules import each other in one direction only: the types they share live in types.ts. A cycle
// between files makes the load order decide what is initialised, and hides which module depends on which.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const FOLDER = fileURLToPath(new URL('.', import.meta.url));
// Static imports and re-exports (type-only ones too) and import('…') types, of the folder's own files.
const LOCAL_IMPORT = /(?:\bfrom\s+|\bimport\s*\(\s*|^\s*import\s+)'\.\/([^'/]+\.tsx?)'/gm;

function importGraph(): Map<string, string[]> {
  const files = readdirSync(FOLDER).filter((name) => /\.tsx?$/.test(name));
  return new Map(
    files.map((file) => {
      const source = readFileSync(`${FOLDER}/${file}`, 'utf8');
      const targets = [...source.matchAll(LOCAL_IMPORT)].map((match) => match[1] as string);
      return [file, [...new Set(targets)].filter((target) => files.includes(target))];
    }),
  );
}

/** One cycle of the graph as a path that returns to its start, or null when there is none (depth-first search). */
function findCycle(graph: Map<string, string[]>): string[] | null {
  const done = new Set<string>();
  const path: string[] = [];
  const visit = (file: string): string[] | null => {
    const start = path.indexOf(file);
    if (start >= 0) return [...path.slice(start), file];
    if (done.has(file)) return null;
    path.push(file);
    for (const target of graph.get(file) ?? []) {
      const cycle = visit(target);
      if (cycle) return cycle;
    }
    path.pop();
    done.add(file);
    return null;
  };
  for (const file of graph.keys()) {
    const cycle = visit(file);
    if (cycle) return cycle;
  }
  return null;
}

test('no file of the matching engine imports, through others, a file that imports it', () => {
  const graph = importGraph();
  assert.ok((graph.get('engine.ts') ?? []).includes('inverted-index.ts'), 'the imports are read');
  assert.equal(findCycle(graph)?.join(' → ') ?? null, null);
});

test('the cycle search finds a circle through shared types', () => {
  const graph = new Map([
    ['analysis.ts', ['inverted-index.ts']],
    ['inverted-index.ts', ['max-score.ts']],
    ['max-score.ts', ['analysis.ts']],
    ['types.ts', []],
  ]);
  assert.deepEqual(findCycle(graph), ['analysis.ts', 'inverted-index.ts', 'max-score.ts', 'analysis.ts']);
  graph.set('max-score.ts', ['types.ts']);
  assert.equal(findCycle(graph), null);
});
