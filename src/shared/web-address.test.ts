import { test } from 'node:test';
import assert from 'node:assert/strict';
import { completedWebsite, withCompletedWebsite } from './web-address.ts';

test('a website typed without its scheme gets https://, with its path, port and query kept', () => {
  assert.equal(completedWebsite('www.voorbeeld.be'), 'https://www.voorbeeld.be');
  assert.equal(completedWebsite(' voorbeeld.be/contact?taal=nl '), 'https://voorbeeld.be/contact?taal=nl');
  assert.equal(completedWebsite('www.voorbeeld.be:8080/a'), 'https://www.voorbeeld.be:8080/a');
});

test('anything that is not a bare host name is left for validation to judge', () => {
  for (const value of [
    'https://voorbeeld.be',
    'http://voorbeeld.be',
    'javascript:alert(1)',
    'mailto:info@voorbeeld.be',
    'info@voorbeeld.be',
    'localhost',
    'twee woorden.be',
    '',
  ]) {
    assert.equal(completedWebsite(value), value);
  }
  assert.equal(completedWebsite(undefined), undefined);
  assert.deepEqual(withCompletedWebsite({ name: 'x' }), { name: 'x' });
  assert.deepEqual(withCompletedWebsite({ website: 'www.x.be' }), { website: 'https://www.x.be' });
});
