import { test } from 'node:test';
import assert from 'node:assert/strict';
import { catalogues } from './messages.ts';
import { createTranslator, negotiateLocale } from './translator.ts';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

test('French and English have exactly the Dutch message keys', () => {
  const dutch = Object.keys(catalogues.nl).sort();
  assert.deepEqual(Object.keys(catalogues.fr).sort(), dutch);
  assert.deepEqual(Object.keys(catalogues.en).sort(), dutch);
});

test('no message is empty and every translation keeps the same placeholders', () => {
  for (const [key, dutch] of Object.entries(catalogues.nl)) {
    for (const locale of ['fr', 'en'] as const) {
      const text = catalogues[locale][key] ?? '';
      assert.ok(text.trim().length > 0, `${locale} ${key} is empty`);
      assert.deepEqual(placeholders(text), placeholders(dutch), `${locale} ${key} placeholders differ`);
    }
  }
});

test('picks the interface language from an explicit choice, then the browser, then Dutch', () => {
  assert.equal(negotiateLocale('fr', 'en'), 'fr');
  assert.equal(negotiateLocale(undefined, 'de-DE,en;q=0.8,fr;q=0.5'), 'en');
  assert.equal(negotiateLocale(undefined, 'de-DE'), 'nl');
  assert.equal(negotiateLocale('xx', undefined), 'nl');
});

test('formats plurals and numbers the Belgian way', () => {
  const nl = createTranslator('nl');
  assert.equal(nl.plural('common.results', 1), '1 resultaat');
  assert.equal(nl.plural('common.results', 1200), '1.200 resultaten');
  assert.equal(createTranslator('fr').plural('common.results', 2), '2 résultats');
});

// Code that a message quotes keeps its own punctuation (an HTTP header, a JSON example).
const CODE_FRAGMENTS = [/Authorization: ApiKey/g, /X-API-Key:/g, /"rows":/g];

/** The places in a French text where a no-break space is missing before : ; ! ? or inside « ». */
function frenchSpacingFaults(text: string): string[] {
  const prose = CODE_FRAGMENTS.reduce((t, code) => t.replace(code, ''), text).replace(/https?:\/\/\S+/g, '');
  const faults = [...prose.matchAll(/(.{0,12}[^\u00a0\u202f])([:;!?])(?=\s|$|[»”)])/g)].map((m) => `${m[1]}${m[2]}`);
  faults.push(...[...prose.matchAll(/«(?![\u00a0\u202f]).{0,12}/g)].map((m) => m[0]));
  faults.push(...[...prose.matchAll(/.{0,12}[^\u00a0\u202f]»/g)].map((m) => m[0]));
  return faults;
}

test('every French message has a no-break space before : ; ! ? and inside « »', () => {
  const faults = Object.entries(catalogues.fr).flatMap(([key, text]) =>
    frenchSpacingFaults(text).map((at) => `${key}: …${at}`),
  );
  assert.deepEqual(faults, []);
});

test('the French spacing check finds an ordinary space and a missing space', () => {
  assert.deepEqual(frenchSpacingFaults('Statut : {s}'), ['Statut :']);
  assert.deepEqual(frenchSpacingFaults('Pourquoi?'), ['Pourquoi?']);
  assert.deepEqual(frenchSpacingFaults('« titre »').length, 2);
  assert.deepEqual(frenchSpacingFaults('Statut\u00a0: «\u00a0titre\u202f»\u00a0? https://x.example/?a=1'), []);
});

test('Dutch messages address the reader with the formal u, never je, jij, jouw or jullie', () => {
  const informal = Object.entries(catalogues.nl)
    .filter(([, text]) => /\b(je|jij|jou|jouw|jullie|jezelf)\b/i.test(text))
    .map(([key, text]) => `${key}: ${text}`);
  assert.deepEqual(informal, []);
});

test('a label written before its value takes the colon of the reader’s language', () => {
  assert.equal(createTranslator('fr').colon('Organisation'), 'Organisation\u00a0:');
  assert.equal(createTranslator('nl').colon('Organisatie'), 'Organisatie:');
  assert.equal(createTranslator('en').colon('Organisation'), 'Organisation:');
});
