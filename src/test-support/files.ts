// Small files for upload tests, real enough for content checks, and a multipart body built by hand so
// that tests control every byte a hostile client could send (names with separators, NUL, order of parts).
import { deflateRawSync, gzipSync } from 'node:zlib';

const BOMB_SIZE = 16 * 1024 * 1024;

export const samples = {
  pdf: () => Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n'),
  png: () =>
    Buffer.from(
      'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
      'base64',
    ),
  jpeg: () =>
    Buffer.concat([
      Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10]),
      Buffer.from('JFIF\0'),
      Buffer.alloc(64),
      Buffer.from([0xff, 0xd9]),
    ]),
  exe: () => Buffer.concat([Buffer.from('MZ'), Buffer.alloc(256, 0x90)]),
  html: () => Buffer.from('<!DOCTYPE html><html><body><script>alert(document.cookie)</script></body></html>'),
  svg: () => Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(document.cookie)"><rect/></svg>'),
  /** 16 MB of zeros in a few kilobytes: refused by type, never unpacked. */
  gzipBomb: () => gzipSync(Buffer.alloc(BOMB_SIZE)),
  zipBomb: () => {
    const data = deflateRawSync(Buffer.alloc(BOMB_SIZE));
    const name = Buffer.from('zeros.bin');
    const header = Buffer.alloc(30);
    header.writeUInt32LE(0x04034b50, 0);
    header.writeUInt16LE(20, 4);
    header.writeUInt16LE(8, 8);
    header.writeUInt32LE(data.length, 18);
    header.writeUInt32LE(BOMB_SIZE, 22);
    header.writeUInt16LE(name.length, 26);
    return Buffer.concat([header, name, data]);
  },
};

export type Part = { name: string; value: string } | { name: string; filename: string; content: Buffer; type?: string };

/** A multipart/form-data body with the parts in the given order, file names written as given. */
export function multipart(parts: Part[]): { payload: Buffer; headers: { 'content-type': string } } {
  const boundary = '----helemaal-test-boundary';
  const chunks = parts.flatMap((part) => {
    if ('value' in part)
      return [
        Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${part.name}"\r\n\r\n${part.value}\r\n`),
      ];
    const head = `--${boundary}\r\nContent-Disposition: form-data; name="${part.name}"; filename="${part.filename}"\r\nContent-Type: ${part.type ?? 'application/octet-stream'}\r\n\r\n`;
    return [Buffer.from(head, 'utf8'), part.content, Buffer.from('\r\n')];
  });
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return { payload: Buffer.concat(chunks), headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}
