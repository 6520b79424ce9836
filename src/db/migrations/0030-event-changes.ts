// Changes to a matchmaking day after it was announced (src/matchmaking/events.ts updateEvent): when it
// last changed and what (time, place, tables, deadline, name or description), so the event's page
// can say so to those who registered for what it said before.
export const eventChanges: string[] = [
  `ALTER TABLE matchmaking_events ADD COLUMN changed_at timestamptz`,
  `ALTER TABLE matchmaking_events ADD COLUMN changes text[] NOT NULL DEFAULT '{}'`,
];
