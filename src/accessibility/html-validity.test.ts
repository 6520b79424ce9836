// Every page type, as a visitor, a member of a care home and of a provider, an ambassador and an
// admin, is valid HTML by the Nu Html Checker (npm vnu-jar; Java from Debian's default-jre-headless,
// which CI installs). The checker runs once over all pages, as Java starts slowly.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFile, spawnSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startLiveServer, type LiveServer } from '../test-support/browser.ts';
import { formSession } from '../test-support/harness.ts';
import { startSession } from '../accounts/session.ts';
import { pageAddresses, renderedPages, ROLES, type RoleName } from './page-addresses.ts';

const VNU_JAR = String(createRequire(import.meta.url)('vnu-jar'));

interface CheckerMessage {
  type: string;
  url?: string;
  message: string;
  lastLine?: number;
  extract?: string;
}

/** Runs the checker once over the files; answers its errors (and fatal messages) per file. */
function checkHtml(files: string[]): Promise<CheckerMessage[]> {
  return new Promise((resolve, reject) => {
    execFile(
      'java',
      ['-jar', VNU_JAR, '--errors-only', '--format', 'json', ...files],
      { maxBuffer: 64 * 1024 * 1024 },
      (error, _stdout, stderr) => {
        try {
          resolve((JSON.parse(stderr) as { messages: CheckerMessage[] }).messages);
        } catch {
          reject(
            new Error(`the HTML checker gave no report (${error?.message ?? 'no error'}): ${stderr.slice(0, 2000)}`),
          );
        }
      },
    );
  });
}

function javaVersion(): string | null {
  const result = spawnSync('java', ['-version'], { encoding: 'utf8' });
  return result.error || result.status !== 0 ? null : (result.stderr.split('\n')[0] ?? '');
}

/** Forms sent back with their errors (empty or wrong), as the person who fills them in. */
const FORMS_WITH_ERRORS: { email: string | null; form: string; action: string; fields: Record<string, string> }[] = [
  { email: null, form: '/register', action: '/register', fields: { email: 'not an address' } },
  {
    email: null,
    form: '/login',
    action: '/login',
    fields: { email: 'nobody@example.org', password: 'wrong password' },
  },
  { email: null, form: '/toegankelijkheid', action: '/toegankelijkheid', fields: {} },
  {
    email: ROLES['member (care home)'],
    form: '/challenges/new',
    action: '/challenges',
    fields: { title: 'x', durationMonths: '99' },
  },
  {
    email: ROLES['member (provider)'],
    form: '/solutions/new',
    action: '/solutions',
    fields: { title: 'x', trl: '12' },
  },
];

async function formsWithErrors(): Promise<{ label: string; html: string }[]> {
  const pages: { label: string; html: string }[] = [];
  for (const { email, form, action, fields } of FORMS_WITH_ERRORS) {
    const person = email
      ? await server.services.db.selectFrom('people').select('id').where('email', '=', email).executeTakeFirstOrThrow()
      : null;
    const session = await formSession(
      server.app,
      form,
      person ? await startSession(server.services.db, person.id, new Date()) : undefined,
    );
    const response = await server.app.inject({
      method: 'POST',
      url: action,
      cookies: session.cookies,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: new URLSearchParams({ _csrf: session.csrf, ...fields }).toString(),
    });
    assert.ok(
      [400, 401].includes(response.statusCode) && response.body.includes('error-summary'),
      `${action} with errors answered ${response.statusCode}`,
    );
    pages.push({ label: `${email ?? 'visitor'} POST ${action} with errors`, html: response.body });
  }
  return pages;
}

let server: LiveServer;
let directory: string;

before(async () => {
  server = await startLiveServer();
  directory = await mkdtemp(join(tmpdir(), 'hd-html-'));
});
after(async () => {
  await server?.close();
  await rm(directory, { recursive: true, force: true });
});

test('the HTML checker reports an error in invalid HTML', async () => {
  assert.ok(
    javaVersion() !== null,
    "Java is missing: install Debian's default-jre-headless (CI does in .ci/run) to run the HTML checker",
  );
  const file = join(directory, 'invalid.html');
  await writeFile(
    file,
    '<!doctype html><html lang="nl"><title>t</title><input type="month" pattern="x"><select required><option value="a">a</select>',
  );
  const messages = await checkHtml([file]);
  assert.ok(
    messages.some((m) => m.type === 'error' && /pattern/.test(m.message)),
    JSON.stringify(messages),
  );
});

test('every page type, and the forms sent back with errors, is valid HTML for a visitor, members, an ambassador and an admin', async () => {
  assert.ok(
    javaVersion() !== null,
    "Java is missing: install Debian's default-jre-headless (CI does in .ci/run) to run the HTML checker",
  );
  const written = new Map<string, string>();
  for (const [role, email] of Object.entries(ROLES) as [RoleName, string | null][]) {
    const pages = await renderedPages(server, email, await pageAddresses(server, email));
    assert.ok(pages.length >= 10, `${role} sees only ${pages.length} pages`);
    for (const page of pages) {
      const file = join(directory, `${written.size}.html`);
      await writeFile(file, page.html);
      written.set(file, `${role} ${page.path} (${page.status})`);
    }
  }
  for (const page of await formsWithErrors()) {
    const file = join(directory, `${written.size}.html`);
    await writeFile(file, page.html);
    written.set(file, page.label);
  }
  const messages = await checkHtml([...written.keys()]);
  const errors = messages
    .filter((m) => m.type !== 'info')
    .map((m) => {
      const file = decodeURIComponent(new URL(m.url ?? 'file:///unknown').pathname);
      return `${written.get(file) ?? file} line ${m.lastLine ?? '?'}: ${m.message} [${(m.extract ?? '').replace(/\s+/g, ' ').trim()}]`;
    });
  assert.deepEqual(errors, []);
});
