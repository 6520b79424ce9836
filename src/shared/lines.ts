// Lines of a (possibly gzipped) file split at '\n' only. Node's readline also breaks at U+2028 and U+2029, which
// people's texts contain inside JSON strings: a JSON-lines file read with it comes out cut in two.
import { createReadStream } from 'node:fs';
import { createGunzip } from 'node:zlib';

export async function* fileLines(path: string): AsyncGenerator<string> {
  const file = createReadStream(path);
  const input: AsyncIterable<Buffer> = path.endsWith('.gz') ? file.pipe(createGunzip()) : file;
  const decoder = new TextDecoder();
  let rest = '';
  for await (const chunk of input) {
    const lines = (rest + decoder.decode(chunk, { stream: true })).split('\n');
    rest = lines.pop() ?? '';
    yield* lines;
  }
  rest += decoder.decode();
  if (rest) yield rest;
}
