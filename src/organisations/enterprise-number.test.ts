import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import {
  displayEnterpriseNumber,
  formatKbo,
  isValidForeignId,
  isValidKbo,
  kboFromBase,
  normaliseKbo,
  parseEnterpriseNumber,
} from './enterprise-number.ts';

describe('Belgian enterprise numbers (KBO, mod 97)', () => {
  test('accepts a KBO number whose last two digits are 97 minus the first eight modulo 97', () => {
    assert.equal(isValidKbo('0123456749'), true);
    assert.equal(isValidKbo('0403170701'), true);
  });

  test('rejects a KBO number with a wrong check digit', () => {
    assert.equal(isValidKbo('0123456748'), false);
    assert.equal(isValidKbo('0403170702'), false);
  });

  test('accepts the BE prefix, dots and spaces people type', () => {
    assert.equal(isValidKbo('BE0123.456.749'), true);
    assert.equal(isValidKbo('be 0123 456 749'), true);
    assert.equal(normaliseKbo('BE 0123.456.749'), '0123456749');
  });

  test('rejects numbers of the wrong length or starting with a digit other than 0 or 1', () => {
    assert.equal(isValidKbo('123456749'), false);
    assert.equal(isValidKbo('2123456749'), false);
    assert.equal(isValidKbo('01234567490'), false);
    assert.equal(isValidKbo('abcdefghij'), false);
  });

  test('completes eight digits into a valid number and formats it with dots', () => {
    const number = kboFromBase(12_345_678);
    assert.equal(isValidKbo(number), true);
    assert.equal(formatKbo('0123456749'), '0123.456.749');
  });

  test('reads an old nine-digit number as the same number with a leading zero', () => {
    assert.deepEqual(parseEnterpriseNumber('123.456.749'), { number: '0123456749', country: 'BE' });
  });
});

describe('foreign VAT and registration ids', () => {
  test('accepts a foreign id with its country prefix', () => {
    assert.equal(isValidForeignId('NL123456789B01'), true);
    assert.equal(isValidForeignId('ESB12345678'), true);
    assert.deepEqual(parseEnterpriseNumber('nl 123456789 b01'), { number: 'NL123456789B01', country: 'NL' });
  });

  test('does not accept a Belgian number with a wrong check digit as a foreign id', () => {
    assert.equal(isValidForeignId('BE0123456748'), false);
    assert.equal(parseEnterpriseNumber('BE0123456748'), null);
  });

  test('rejects ids without a country prefix or with forbidden characters', () => {
    assert.equal(parseEnterpriseNumber('123456789B01'), null);
    assert.equal(parseEnterpriseNumber('NL<script>'), null);
    assert.equal(parseEnterpriseNumber(''), null);
  });

  test('shows KBO numbers with dots and foreign ids as stored', () => {
    assert.equal(displayEnterpriseNumber('0123456749', 'BE'), '0123.456.749');
    assert.equal(displayEnterpriseNumber('NL123456789B01', 'NL'), 'NL123456789B01');
  });
});
