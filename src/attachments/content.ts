// A file's bytes, read from a stream without keeping more than the limit, and its type as its
// content says (file-type reads the magic bytes), never as its name or the browser claims.
import { fileTypeFromBuffer } from 'file-type';
import type { AttachmentType } from './policy.ts';

/** The whole stream, or null as soon as it passes maxBytes: reading stops there and the stream is destroyed. */
export async function readUpTo(stream: AsyncIterable<Uint8Array>, maxBytes: number): Promise<Buffer | null> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of stream) {
    size += chunk.length;
    if (size > maxBytes) return null;
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

/** The type the content has when it is one of those allowed; null for anything else (HTML, SVG, archives, executables). */
export async function checkedType(
  bytes: Uint8Array,
  allowed: readonly AttachmentType[],
): Promise<AttachmentType | null> {
  const found = await fileTypeFromBuffer(bytes);
  return found && (allowed as readonly string[]).includes(found.mime) ? (found.mime as AttachmentType) : null;
}
