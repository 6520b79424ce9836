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
