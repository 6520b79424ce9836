// Meeting times are entered and shown in Brussels time and stored in UTC. A local time that does
// not exist (the hour skipped when summer time starts) is refused rather than silently moved.
const ZONE = 'Europe/Brussels';
const LOCAL_INPUT = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

const localParts = new Intl.DateTimeFormat('en-CA', {
  timeZone: ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** The instant as Brussels wall-clock time, in the form a datetime-local field takes: 2027-03-28T10:30. */
export function toBrusselsInput(instant: Date): string {
  const part = Object.fromEntries(localParts.formatToParts(instant).map((p) => [p.type, p.value]));
  return `${part.year}-${part.month}-${part.day}T${part.hour}:${part.minute}`;
}

/** The UTC instant of a Brussels wall-clock time; null when the text is no such time or the clock skips it. */
export function fromBrusselsInput(local: string): Date | null {
  const match = LOCAL_INPUT.exec(local);
  if (!match) return null;
  const [year, month, day, hour, minute] = match.slice(1).map(Number) as [number, number, number, number, number];
  const asUtc = Date.UTC(year, month - 1, day, hour, minute);
  // Brussels is one or two hours ahead of UTC: of the two candidates, the first that reads back as the input wins
  // (in the autumn's repeated hour that is the earlier, summer-time one).
  for (const offsetHours of [2, 1]) {
    const instant = new Date(asUtc - offsetHours * 3_600_000);
    if (toBrusselsInput(instant) === local) return instant;
  }
  return null;
}
