// Events and personal agendas as iCalendar files (RFC 5545, written by the `ics` library). UIDs are
// stable (the event's or the meeting request's id at the platform's host), so a calendar that imports
// the file again updates rather than duplicates; times are written in UTC.
import { createEvents, type EventAttributes } from 'ics';
import type { EventRow } from './repository.ts';

export interface AgendaEntry {
  requestId: string;
  title: string;
  description: string;
  start: Date;
  end: Date;
}

const utc = (start: Date, end: Date) =>
  ({
    start: start.getTime(),
    startInputType: 'utc',
    startOutputType: 'utc',
    end: end.getTime(),
    endInputType: 'utc',
    endOutputType: 'utc',
  }) as const;

function written(events: EventAttributes[]): string {
  const { error, value } = createEvents(events, { productId: 'helemaal-digitaal/matchmaking' });
  if (error || !value) throw error ?? new Error('no calendar written');
  return value;
}

const placeOf = (event: EventRow) => ({
  ...(event.address ? { location: event.address } : {}),
  ...(event.online_url ? { url: event.online_url } : {}),
});

export function eventCalendar(event: EventRow, host: string, pageUrl: string): string {
  return written([
    {
      uid: `matchmaking-event-${event.id}@${host}`,
      ...utc(event.starts_at, event.ends_at),
      title: event.name,
      description: `${event.description}\n\n${pageUrl}`.trim(),
      ...placeOf(event),
      ...(event.online_url ? {} : { url: pageUrl }),
      status: 'CONFIRMED',
    },
  ]);
}

export function agendaCalendar(event: EventRow, host: string, entries: AgendaEntry[]): string {
  if (entries.length === 0) return eventCalendar(event, host, '');
  return written(
    entries.map((entry) => ({
      uid: `matchmaking-meeting-${entry.requestId}@${host}`,
      ...utc(entry.start, entry.end),
      title: entry.title,
      description: entry.description,
      ...placeOf(event),
      status: 'CONFIRMED' as const,
    })),
  );
}
