// A node:test reporter that ends the run with the slowest test files, so CI's log says where the suite's time goes.
// A file's time is the sum of its top-level tests and suites (its before hooks count in its first test).
import { relative } from 'node:path';

const SHOWN = 15;

export default async function* fileDurations(source) {
  const perFile = new Map();
  for await (const event of source) {
    if (event.type !== 'test:pass' && event.type !== 'test:fail') continue;
    const { file, nesting, details } = event.data;
    if (nesting !== 0 || !file) continue;
    perFile.set(file, (perFile.get(file) ?? 0) + (details?.duration_ms ?? 0));
  }
  const slowest = [...perFile].sort((a, b) => b[1] - a[1]).slice(0, SHOWN);
  if (slowest.length === 0) return;
  yield `\nslowest test files (of ${perFile.size}):\n`;
  for (const [file, ms] of slowest) yield `${(ms / 1000).toFixed(1).padStart(8)} s  ${relative(process.cwd(), file)}\n`;
}
