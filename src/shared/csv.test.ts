import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parse } from 'csv-parse/sync';
import { neutraliseCell, restoreCell, writeCsv } from './csv.ts';

test('every text cell is quoted, so a semicolon-separated spreadsheet cannot split one into a formula cell', () => {
  const csv = writeCsv(
    ['title', 'trl', 'sme'],
    [
      ['tablet; =HYPERLINK("x")', 9, true],
      [null, -2, false],
    ],
  );
  assert.equal(csv, '"title","trl","sme"\n"tablet; =HYPERLINK(""x"")",9,"true"\n"",-2,"false"\n');
});

test('formula starts are neutralised, also after white space and in full width; other text is left alone', () => {
  for (const hostile of ['=1+1', '+cmd', '-2', '@SUM(1)', '\t=1', '\rx', ' =1', '\n@x', '\uFF1D1+1'])
    assert.equal(neutraliseCell(hostile), `'${hostile}`);
  for (const harmless of ['Tablet', 'e-mail', '2026-05-01', '', 'a=b', "'quoted"])
    assert.equal(neutraliseCell(harmless), harmless);
});

test('a neutralised cell reads back as the text it held', () => {
  const values = ['=1+1', '-2 dagen', 'gewoon', "'al met apostrof"];
  const [row] = parse(writeCsv(['a', 'b', 'c', 'd'], [values]), { from_line: 2, cast: restoreCell }) as string[][];
  assert.deepEqual(row, values);
});
