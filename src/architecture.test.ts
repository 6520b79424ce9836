// The shape of the code, checked: no folder-level import cycle, and routes never reach a repository.
// Imports are read with TypeScript's own parser, type-only imports and module augmentations included,
// so a cycle hidden in types fails as well. Tests and src/test-support are left out: they sit on top.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import test from 'node:test';
import ts from 'typescript';

const SRC = resolve(import.meta.dirname);

function productFiles(folder = SRC): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return entry.name === 'test-support' ? [] : productFiles(path);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

/** Every module a file refers to: imports, re-exports, `import()` and `declare module` augmentations. */
function referencedModules(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, false);
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier) {
      if (ts.isStringLiteral(node.moduleSpecifier)) found.push(node.moduleSpecifier.text);
    } else if (ts.isModuleDeclaration(node) && ts.isStringLiteral(node.name)) {
      found.push(node.name.text);
    } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument)) {
      const literal = node.argument.literal;
      if (ts.isStringLiteral(literal)) found.push(literal.text);
    } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
      const [specifier] = node.arguments;
      if (specifier && ts.isStringLiteral(specifier)) found.push(specifier.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found.filter((specifier) => specifier.startsWith('.')).map((specifier) => resolve(dirname(file), specifier));
}

/** A folder directly under src/ is one node; a file directly in src/ is a node of its own. */
const nodeOf = (file: string): string => relative(SRC, file).split(sep)[0]!;

interface ImportEdge {
  from: string;
  to: string;
}

function importEdges(): ImportEdge[] {
  return productFiles().flatMap((file) => referencedModules(file).map((target) => ({ from: file, to: target })));
}

function folderGraph(edges: ImportEdge[]): Map<string, Map<string, string>> {
  const graph = new Map<string, Map<string, string>>();
  for (const { from, to } of edges) {
    const [a, b] = [nodeOf(from), nodeOf(to)];
    if (a === b || relative(SRC, to).startsWith('..')) continue;
    if (!graph.has(a)) graph.set(a, new Map());
    const example = `${relative(SRC, from)} → ${relative(SRC, to)}`;
    if (!graph.get(a)!.has(b)) graph.get(a)!.set(b, example);
  }
  return graph;
}

/** Strongly connected components of more than one node (Tarjan), each a folder-level cycle. */
function cycles(graph: Map<string, Map<string, string>>): string[][] {
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const found: string[][] = [];
  const connect = (node: string): void => {
    index.set(node, counter);
    low.set(node, counter++);
    stack.push(node);
    for (const next of graph.get(node)?.keys() ?? []) {
      if (!index.has(next)) {
        connect(next);
        low.set(node, Math.min(low.get(node)!, low.get(next)!));
      } else if (stack.includes(next)) low.set(node, Math.min(low.get(node)!, index.get(next)!));
    }
    if (low.get(node) !== index.get(node)) return;
    const component: string[] = [];
    let member: string;
    do {
      member = stack.pop()!;
      component.push(member);
    } while (member !== node);
    if (component.length > 1) found.push(component.sort());
  };
  for (const node of graph.keys()) if (!index.has(node)) connect(node);
  return found;
}

function describe(component: string[], graph: Map<string, Map<string, string>>): string {
  const members = new Set(component);
  const edges = component.flatMap((a) =>
    [...(graph.get(a) ?? [])].filter(([b]) => members.has(b)).map(([b, example]) => `  ${a} → ${b} (${example})`),
  );
  return `{${component.join(', ')}}\n${edges.join('\n')}`;
}

test('no folder under src imports, through any chain of imports, a folder that imports it back', () => {
  const graph = folderGraph(importEdges());
  const found = cycles(graph);
  assert.equal(found.length, 0, `folder-level import cycles:\n${found.map((c) => describe(c, graph)).join('\n')}`);
});

test('the cycle check finds a cycle when two folders import each other', () => {
  const graph = folderGraph([
    { from: join(SRC, 'a', 'x.ts'), to: join(SRC, 'b', 'y.ts') },
    { from: join(SRC, 'b', 'y.ts'), to: join(SRC, 'c', 'z.ts') },
    { from: join(SRC, 'c', 'z.ts'), to: join(SRC, 'a', 'w.ts') },
  ]);
  assert.deepEqual(cycles(graph), [['a', 'b', 'c']]);
});

// Routes and pages are the outer layer: a route file, a page, a page's sections, or any module in a pages folder.
const OUTER_LAYER = /((^|[-/])(routes|pages?|page-sections|sections)\.tsx?$)|(\/pages\/[^/]+\.tsx?$)/;

test('route and page modules never import a repository: they go through a service', () => {
  const offending = importEdges()
    .filter(({ from }) => OUTER_LAYER.test(relative(SRC, from)))
    .filter(({ to }) => /(^|[-/])repository(\.ts)?$/.test(relative(SRC, to).replace(/\.ts$/, '')))
    .map(({ from, to }) => `${relative(SRC, from)} → ${relative(SRC, to)}`);
  assert.deepEqual(offending, []);
});
