import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mailLog } from './mail-log.ts';
import { processLog } from './process-log.ts';

const MAIL = {
  to: 'an@example.org',
  subject: 'Reset your password',
  text: 'Choose a new password: https://hd.example/reset?token=s3cr3t-t0ken',
};

function loggedLines(production: boolean): Array<Record<string, unknown>> {
  const lines: string[] = [];
  const log = processLog('info', { write: (line) => lines.push(line) });
  mailLog(log, production).info(MAIL, 'e-mail not sent (no SMTP_URL): logged instead');
  return lines.map((line) => JSON.parse(line) as Record<string, unknown>);
}

test('an e-mail logged instead of sent is one structured info line, its link whole for a developer', () => {
  const [line, ...rest] = loggedLines(false);
  assert.deepEqual(rest, []);
  assert.equal(line?.level, 30);
  assert.equal(line?.msg, 'e-mail not sent (no SMTP_URL): logged instead');
  assert.equal(line?.to, MAIL.to);
  assert.equal(line?.text, MAIL.text);
});

test('in production the logged e-mail keeps its links but not their tokens', () => {
  const [line] = loggedLines(true);
  assert.equal(line?.subject, MAIL.subject);
  assert.equal(line?.text, 'Choose a new password: https://hd.example/reset?token=[redacted]');
});
