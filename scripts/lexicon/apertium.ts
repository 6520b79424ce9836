// Reads Apertium's compiled lttoolbox transducers (Debian's apertium-* packages): bilingual dictionaries into lemma
// pairs, morphological dictionaries into word forms and their lemmas. `lt-print` (Debian lttoolbox) prints a
// transducer as AT&T text; every path from the start to a final state is one entry.
import { execFileSync } from 'node:child_process';

export interface LemmaPair {
  source: string;
  target: string;
  partOfSpeech: string;
}

interface Arc {
  to: number;
  input: string;
  output: string;
}
interface Transducer {
  arcs: Map<number, Arc[]>;
  finals: Set<number>;
}

const EPSILON = 'ε';
const MAX_DEPTH = 120;
const MAX_STEPS = 12_000_000;

/** Lemma pairs of one bilingual dictionary, e.g. /usr/share/apertium/apertium-eu-en/eu-en.autobil.bin. */
export function readBilingual(path: string): LemmaPair[] {
  const pairs: LemmaPair[] = [];
  // A path's lemmas are settled once both sides reached a tag; the tags after them only multiply the paths.
  forEachPath(
    path,
    (input, output) => input.includes('<') && output.includes('<'),
    () => true,
    (input, output) => {
      const source = lemmaOf(input);
      const target = lemmaOf(output);
      if (source.lemma && target.lemma)
        pairs.push({ source: source.lemma, target: target.lemma, partOfSpeech: source.tag });
    },
  );
  return pairs;
}

/** One-word forms of a morphological dictionary (…automorf.bin) → their lemma, where the two differ. */
export function readForms(path: string): Map<string, string> {
  const forms = new Map<string, string>();
  // Several words, clitics (+) and hyphenated forms are phrases, not one word's inflection: not followed.
  const oneWord = (arc: Arc) => !/^[\s#+-]$/.test(arc.input) && !/^[#+]$/.test(arc.output);
  forEachPath(
    path,
    () => false,
    oneWord,
    (input, output) => {
      const { lemma } = lemmaOf(output);
      if (!lemma) return;
      const form = input.toLowerCase();
      const base = lemma.toLowerCase();
      if (form !== base && !forms.has(form)) forms.set(form, base);
    },
  );
  return forms;
}

/**
 * Calls `visit` once per distinct path (input, output), ending a path early where `settled` says so. Sections of
 * patterns (numerals, web addresses) run out of steps and are left out: they hold no words.
 */
function forEachPath(
  path: string,
  settled: (input: string, output: string) => boolean,
  follows: (arc: Arc) => boolean,
  visit: (input: string, output: string) => void,
): void {
  const text = execFileSync('lt-print', [path], { encoding: 'utf8', maxBuffer: 1 << 30 });
  for (const section of text.split(/^--$/m)) {
    const found = sectionPaths(parse(section), settled, follows);
    for (const [input, output] of found ?? []) visit(input, output);
  }
}

function parse(section: string): Transducer {
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
  return { arcs, finals };
}

function sectionPaths(
  { arcs, finals }: Transducer,
  settled: (input: string, output: string) => boolean,
  follows: (arc: Arc) => boolean,
): Map<string, string> | undefined {
  const found = new Map<string, string>();
  const onPath = new Set<number>();
  let steps = 0;
  const walk = (state: number, input: string, output: string, depth: number): void => {
    steps += 1;
    if (steps > MAX_STEPS) return;
    if (finals.has(state) || settled(input, output)) {
      found.set(`${input}\t${output}`, '');
      if (!arcs.has(state) || settled(input, output)) return;
    }
    if (depth >= MAX_DEPTH) return;
    onPath.add(state);
    for (const arc of arcs.get(state) ?? []) {
      // Loops and digits belong to patterns (numbers, web addresses), not to words.
      if (onPath.has(arc.to) || /^\d$/.test(arc.input) || !follows(arc)) continue;
      walk(
        arc.to,
        input + (arc.input === EPSILON ? '' : arc.input),
        output + (arc.output === EPSILON ? '' : arc.output),
        depth + 1,
      );
    }
    onPath.delete(state);
  };
  walk(0, '', '', 0);
  if (steps > MAX_STEPS) return undefined;
  return new Map([...found.keys()].map((key) => key.split('\t') as [string, string]));
}

function lemmaOf(analysis: string): { lemma: string; tag: string } {
  const tagAt = analysis.indexOf('<');
  const lemma = (tagAt < 0 ? analysis : analysis.slice(0, tagAt)).replace(/#/g, '').trim();
  const tag = tagAt < 0 ? '' : analysis.slice(tagAt + 1, analysis.indexOf('>', tagAt));
  return { lemma, tag };
}
