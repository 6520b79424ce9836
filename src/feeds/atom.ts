// Atom 1.0 documents (RFC 4287). Each entry carries xml:lang of the item's own language, which the
// usual feed libraries cannot set per entry, so the XML is built here and escaped by XMLBuilder.
import { XMLBuilder } from 'fast-xml-parser';

export interface AtomEntry {
  id: string;
  title: string;
  summary: string;
  language: string;
  link: string;
  author: string;
  published: Date | null;
  updated: Date;
}

export interface AtomFeed {
  id: string;
  title: string;
  language: string;
  selfLink: string;
  alternateLink: string;
  author: string;
  entries: AtomEntry[];
  /** When the feed's items last changed, a withdrawal included (an entry gone has no date); null before any. */
  lastChange: Date | null;
  /** Used when there is nothing else to date the feed by. */
  now: Date;
}

const builder = new XMLBuilder({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  format: true,
  suppressEmptyNode: true,
});

function entryElement(entry: AtomEntry): Record<string, unknown> {
  return {
    '@_xml:lang': entry.language,
    id: entry.id,
    title: { '@_type': 'text', '#text': entry.title },
    link: { '@_rel': 'alternate', '@_type': 'text/html', '@_href': entry.link },
    author: { name: entry.author },
    ...(entry.published ? { published: entry.published.toISOString() } : {}),
    updated: entry.updated.toISOString(),
    summary: { '@_type': 'text', '#text': entry.summary },
  };
}

/** The feed's own `updated`: its newest entry's or its last change, whichever is later. */
export const newestUpdate = (feed: AtomFeed): Date =>
  feed.entries.reduce(
    (latest, e) => (e.updated > latest ? e.updated : latest),
    feed.lastChange ?? (feed.entries.length ? new Date(0) : feed.now),
  );

export function atomDocument(feed: AtomFeed): string {
  const updated = newestUpdate(feed);
  return builder.build({
    '?xml': { '@_version': '1.0', '@_encoding': 'utf-8' },
    feed: {
      '@_xmlns': 'http://www.w3.org/2005/Atom',
      '@_xml:lang': feed.language,
      id: feed.id,
      title: { '@_type': 'text', '#text': feed.title },
      updated: updated.toISOString(),
      link: [
        { '@_rel': 'self', '@_type': 'application/atom+xml', '@_href': feed.selfLink },
        { '@_rel': 'alternate', '@_type': 'text/html', '@_href': feed.alternateLink },
      ],
      author: { name: feed.author },
      entry: feed.entries.map(entryElement),
    },
  }) as string;
}
