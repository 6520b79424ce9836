// An attachment leaves only as a download: saved, never shown inline or run. The type is the one its
// content was checked to be, browsers may not guess another (nosniff), and should one open it
// anyway, the sandboxing CSP lets it load and run nothing.
import type { FastifyReply } from 'fastify';

export interface DownloadFile {
  name: string;
  media_type: string;
  content: Uint8Array;
}

// RFC 5987: encodeURIComponent leaves a few characters that the header's syntax does not allow.
const extValue = (name: string) =>
  encodeURIComponent(name).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

/** The filename parameter for old clients (ASCII, no quotes or backslashes) and filename* with the real name. */
export function contentDisposition(name: string): string {
  const ascii = name.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${extValue(name)}`;
}

export function sendDownload(reply: FastifyReply, file: DownloadFile): FastifyReply {
  return reply
    .header('content-type', file.media_type)
    .header('content-disposition', contentDisposition(file.name))
    .header('x-content-type-options', 'nosniff')
    .header('content-security-policy', "default-src 'none'; sandbox")
    .header('cross-origin-resource-policy', 'same-origin')
    .header('cache-control', 'private, no-store')
    .send(Buffer.from(file.content));
}
