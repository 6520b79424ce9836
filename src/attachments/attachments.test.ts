// Attachments without a server: file names made safe, types told by content (renamed executables,
// markup posing as images and compressed bombs refused), reading stopped at the limit, downloads named safely.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { samples } from '../test-support/files.ts';
import { checkedType, readUpTo } from './content.ts';
import { contentDisposition } from './download.ts';
import { MAX_NAME_LENGTH, safeName, type AttachmentPolicy } from './policy.ts';
import { acceptUploads } from './service.ts';
import { isAppError } from '../shared/errors.ts';

const ALL = ['application/pdf', 'image/png', 'image/jpeg'] as const;
const policy: AttachmentPolicy = { types: ALL, maxBytes: 1024, maxFiles: 2 };

test('a name keeps only its last path segment, without control or direction characters, ending in the checked type', () => {
  assert.equal(safeName('../../etc/passwd', 'application/pdf'), 'passwd.pdf');
  assert.equal(safeName('..\\..\\Windows\\system32\\evil.exe', 'application/pdf'), 'evil.exe.pdf');
  assert.equal(safeName('plan\u0000.pdf', 'application/pdf'), 'plan.pdf');
  assert.equal(safeName('re\r\nport\t.pdf', 'application/pdf'), 'report.pdf');
  assert.equal(safeName('invoice\u202efdp.exe', 'application/pdf'), 'invoicefdp.exe.pdf');
  assert.equal(safeName('.htaccess', 'image/png'), 'htaccess.png');
  assert.equal(safeName('', 'image/png'), 'attachment.png');
  assert.equal(safeName('../', 'image/jpeg'), 'attachment.jpg');
  assert.equal(safeName('Foto.JPEG', 'image/jpeg'), 'Foto.jpeg');
  assert.equal(safeName('foto.png', 'image/jpeg'), 'foto.png.jpg');
  const long = safeName(`${'é'.repeat(300)}.pdf`, 'application/pdf');
  assert.equal([...long].length, MAX_NAME_LENGTH);
  assert.ok(long.endsWith('.pdf'));
});

test('the type comes from the content: PDF, PNG and JPEG pass, whatever they are called', async () => {
  assert.equal(await checkedType(samples.pdf(), ALL), 'application/pdf');
  assert.equal(await checkedType(samples.png(), ALL), 'image/png');
  assert.equal(await checkedType(samples.jpeg(), ALL), 'image/jpeg');
  assert.equal(await checkedType(samples.png(), ['application/pdf']), null, 'a PNG where only PDF is allowed');
});

test('executables, HTML, SVG and compressed bombs are refused by their content', async () => {
  for (const [what, bytes] of Object.entries({
    exe: samples.exe(),
    html: samples.html(),
    svg: samples.svg(),
    gzip: samples.gzipBomb(),
    zip: samples.zipBomb(),
  }))
    assert.equal(await checkedType(bytes, ALL), null, what);
});

test('reading a stream stops as soon as it passes the limit, without asking for the rest', async () => {
  let pulled = 0;
  let closed = false;
  async function* endless() {
    try {
      for (;;) {
        pulled++;
        yield new Uint8Array(64 * 1024);
      }
    } finally {
      closed = true;
    }
  }
  assert.equal(await readUpTo(endless(), 1024 * 1024), null);
  assert.equal(pulled, 17, 'sixteen chunks fit, the seventeenth passes the limit');
  assert.ok(closed, 'the stream was closed');
  async function* exact() {
    yield new Uint8Array(1000);
    yield new Uint8Array(24);
  }
  assert.equal((await readUpTo(exact(), 1024))?.length, 1024);
});

async function refusal(uploads: { name: string; bytes: Buffer }[]) {
  try {
    await acceptUploads(uploads, policy);
  } catch (error) {
    if (isAppError(error)) return error.fields.map((f) => [f.message, f.params?.name]);
  }
  assert.fail('accepted');
}

test('uploads are refused when empty, too large, too many or of another type, each by name', async () => {
  assert.deepEqual(await refusal([{ name: 'leeg.pdf', bytes: Buffer.alloc(0) }]), [['attachment.empty', 'leeg.pdf']]);
  assert.deepEqual(await refusal([{ name: 'groot.pdf', bytes: Buffer.alloc(1025) }]), [
    ['attachment.too_large', 'groot.pdf'],
  ]);
  assert.deepEqual(await refusal([{ name: '../x/setup.pdf', bytes: samples.exe() }]), [
    ['attachment.wrong_type', 'setup.pdf'],
  ]);
  const three = [1, 2, 3].map((n) => ({ name: `${n}.pdf`, bytes: samples.pdf() }));
  assert.deepEqual(await refusal(three), [['attachment.too_many', undefined]]);
  const accepted = await acceptUploads([{ name: 'C:\\stukken\\plan.pdf', bytes: samples.pdf() }], policy);
  assert.deepEqual(
    accepted.map((f) => [f.name, f.mediaType]),
    [['plan.pdf', 'application/pdf']],
  );
});

test('a download is named in plain ASCII and exactly (RFC 5987), with no way to break out of the header', () => {
  assert.equal(
    contentDisposition('offerte "definitief" ü.pdf'),
    `attachment; filename="offerte _definitief_ _.pdf"; filename*=UTF-8''offerte%20%22definitief%22%20%C3%BC.pdf`,
  );
  assert.ok(!/[\r\n]/.test(contentDisposition('a\r\nSet-Cookie: x=1.pdf')));
});
