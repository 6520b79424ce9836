// Input for matchmaking-day tests: an event three weeks ahead, in Brussels wall-clock times.
import { toBrusselsInput } from '../meetings/brussels-time.ts';

export const DAY = 86_400_000;
/** A Brussels wall-clock time this many days from now at the given hour. */
export const inDays = (days: number, hour = 9) =>
  `${toBrusselsInput(new Date(Date.now() + days * DAY)).slice(0, 10)}T${String(hour).padStart(2, '0')}:00`;

/** A valid event; each test changes what it is about. */
export const eventInput = (overrides: Record<string, unknown> = {}) => ({
  name: `Matchmaking zorg ${Math.random().toString(36).slice(2, 7)}`,
  description: 'Zorgvoorzieningen ontmoeten aanbieders van digitale oplossingen.',
  start: inDays(20, 9),
  end: inDays(20, 12),
  slotMinutes: 20,
  tables: 10,
  address: 'ICC Gent, Van Rysselberghedreef 2, 9000 Gent',
  registrationDeadline: inDays(10, 17),
  sectors: ['care'],
  spearheads: [5, 9],
  ...overrides,
});
