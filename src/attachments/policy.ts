// What an area accepts as attachments, and the names files are stored and downloaded under. Names
// come from the uploader's machine: only the last path segment is kept, control and direction-
// override characters go, and the extension always says what the content was checked to be.
export const MEDIA_EXTENSIONS = {
  'application/pdf': 'pdf',
  'image/png': 'png',
  'image/jpeg': 'jpg',
} as const;

export type AttachmentType = keyof typeof MEDIA_EXTENSIONS;

export interface AttachmentPolicy {
  types: readonly AttachmentType[];
  /** Per file, in bytes. */
  maxBytes: number;
  maxFiles: number;
}

export const MAX_NAME_LENGTH = 120;
const MEGABYTE = 1024 * 1024;

export const megabytes = (bytes: number) => Math.round(bytes / MEGABYTE);

// Control characters (Cc) and invisible format characters (Cf), such as the direction overrides that
// make "gpj.exe" read as "exe.jpg".
const UNSAFE = /[\p{Cc}\p{Cf}]/gu;
const EXTENSIONS_OF: Record<AttachmentType, readonly string[]> = {
  'application/pdf': ['pdf'],
  'image/png': ['png'],
  'image/jpeg': ['jpg', 'jpeg'],
};

/** The last path segment of an uploaded name, without unsafe characters or leading dots; for messages too. */
export function cleanName(raw: string): string {
  const lastSegment = raw.split(/[/\\]/).at(-1) ?? '';
  return lastSegment.normalize('NFC').replace(UNSAFE, '').replace(/\s+/g, ' ').trim().replace(/^\.+/, '');
}

/** A name safe to store and offer for download, at most MAX_NAME_LENGTH long, ending in the checked type's extension. */
export function safeName(raw: string, type: AttachmentType): string {
  const cleaned = cleanName(raw);
  const extension = cleaned.includes('.') ? (cleaned.toLowerCase().split('.').at(-1) ?? '') : '';
  const fits = EXTENSIONS_OF[type].includes(extension);
  const stem = fits ? cleaned.slice(0, -extension.length - 1) : cleaned;
  const ending = `.${fits ? extension : MEDIA_EXTENSIONS[type]}`;
  const kept = [...(stem.trim() || 'attachment')].slice(0, MAX_NAME_LENGTH - ending.length).join('');
  return `${kept.trimEnd()}${ending}`;
}
