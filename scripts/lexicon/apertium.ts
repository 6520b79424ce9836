// Reads an Apertium bilingual dictionary (a compiled lttoolbox transducer from Debian's apertium-* packages) into
// lemma pairs. `lt-print` (Debian lttoolbox) prints the transducer as AT&T text; every path from the start to a
// final state is one entry "lemma<tags>" → "lemma<tags>"; only the lemmas and their first tag are kept.
import { execFileSync } from 'node:child_process';

export interface LemmaPair { source: string; target: string; partOfSpeech: string }

interface Arc { to: number; input: string; output: string }

const EPSILON = 'ε';
const MAX_DEPTH = 120;
const MAX_STEPS = 2_000_000;

/** Lemma pairs of one compiled bilingual dictionary, e.g. /usr/share/apertium/apertium-eu-en/eu-en.autobil.bin. */
export function readBilingual(path: string): LemmaPair[] {
  const text = execFileSync('lt-print', [path], { encoding: 'utf8', maxBuffer: 1 << 30 });
  // Sections of patterns (numerals, web addresses) run out of steps and are left out: they hold no lemmas.
  return text.split(/^--$/m).flatMap((section) => sectionPairs(section) ?? []);
}

function sectionPairs(section: string): LemmaPair[] | undefined {
  const arcs = new Map<number, Arc[]>();
  const finals = new Set<number>();
  for (const line of section.split('\n')) {
    const fields = line.split('\t');
    if (fields.length >= 4) {
      const from = Number(fields[0]);
      const list = arcs.get(from) ?? [];
      list.push({ to: Number(fields[1]), input: fields[2]!, output: fields[3]! });
      arcs.set(from, list);
    } else if (fields[0] !== '' && fields.length <= 2) finals.add(Number(fields[0]));
  }
  const pairs: LemmaPair[] = [];
  const seen = new Set<string>();
  const onPath = new Set<number>();
  // A path's lemmas are settled once both sides reached a tag; the tags after them multiply the paths, so the
  // walk stops there (an entry's tags always lead on to a final state).
  let steps = 0;
  const walk = (state: number, input: string, output: string, depth: number): void => {
    steps += 1;
    if (steps > MAX_STEPS) return;
    if (finals.has(state) || (input.includes('<') && output.includes('<'))) {
      const key = `${input}\t${output}`;
      if (!seen.has(key)) pushPair(pairs, input, output);
      seen.add(key);
      return;
    }
    if (depth >= MAX_DEPTH) return;
    onPath.add(state);
    for (const arc of arcs.get(state) ?? []) {
      // Loops and digits belong to patterns (numbers, web addresses), not to words.
      if (onPath.has(arc.to) || /^\d$/.test(arc.input)) continue;
      walk(arc.to, input + (arc.input === EPSILON ? '' : arc.input), output + (arc.output === EPSILON ? '' : arc.output), depth + 1);
    }
    onPath.delete(state);
  };
  walk(0, '', '', 0);
  return steps > MAX_STEPS ? undefined : pairs;
}

function pushPair(pairs: LemmaPair[], input: string, output: string): void {
  const source = lemmaOf(input);
  const target = lemmaOf(output);
  if (!source.lemma || !target.lemma) return;
  pairs.push({ source: source.lemma, target: target.lemma, partOfSpeech: source.tag });
}

function lemmaOf(analysis: string): { lemma: string; tag: string } {
  const tagAt = analysis.indexOf('<');
  const lemma = (tagAt < 0 ? analysis : analysis.slice(0, tagAt)).replace(/#/g, '').trim();
  const tag = tagAt < 0 ? '' : analysis.slice(tagAt + 1, analysis.indexOf('>', tagAt));
  return { lemma, tag };
}
