// Reminders before each phase of an open call ends, run with the platform's hourly reminders
// (src/reminders): two days before the end in Brussels wall-clock time, once per call and phase
// (call_reminders_sent). Who hears of it follows the phase: for questions and responses the challenge's
// followers and the organisations still drafting a response, for the evaluation the panel members who
// may score, for the result the call's managers while no decision is recorded. Only those who may read
// the challenge are told (the one visibility rule), through the notification service and its e-mail.
import type { Services } from '../app-types.ts';
import { followersOf } from '../follows/repository.ts';
import { membersOf, readersOf } from '../notifications/repository.ts';
import { notify, readersAmong } from '../notifications/service.ts';
import { fromBrusselsInput, toBrusselsInput } from '../meetings/brussels-time.ts';
import { findCall, type CallRow } from './repository.ts';
import { guardOfCall } from './service.ts';
import { managesCall } from './permissions.ts';
import * as repository from './reminders-repository.ts';
import type { ReminderPhase } from './reminders-repository.ts';

const DAY_MS = 86_400_000;
const DAYS_BEFORE = 2;

const PHASE_ENDS: Record<ReminderPhase, (row: CallRow) => Date> = {
  questions: (row) => row.questions_until,
  responses: (row) => row.responses_until,
  evaluation: (row) => row.evaluation_until,
  result: (row) => row.result_date,
};

/** The same Brussels wall-clock time two days earlier (48 or 47/49 hours around a clock change). */
export function reminderDue(end: Date): Date {
  const local = toBrusselsInput(end);
  const day = new Date(Date.parse(`${local.slice(0, 10)}T00:00:00Z`) - DAYS_BEFORE * DAY_MS);
  const earlier = fromBrusselsInput(`${day.toISOString().slice(0, 10)}${local.slice(10)}`);
  return earlier ?? new Date(end.getTime() - DAYS_BEFORE * DAY_MS);
}

async function remindedPeople(services: Services, row: CallRow, phase: ReminderPhase): Promise<string[]> {
  const { db } = services;
  const guard = guardOfCall(row);
  if (phase === 'evaluation') return readersAmong(services, await repository.scoringPanel(db, row.id), guard.challenge);
  if (phase === 'result') {
    const candidates = [
      ...(await membersOf(db, [row.owner_organisation_id])),
      ...(await repository.curatingAmbassadors(db, row.assigned_ambassador_id, row.spearheads)),
    ];
    return (await readersOf(db, [...new Set(candidates)])).filter((v) => managesCall(v, guard)).map((v) => v.id);
  }
  const followers = await followersOf(db, [{ type: 'challenge', target: row.challenge_id }]);
  const drafting = await repository.draftingMembers(db, row.id);
  return readersAmong(services, [...followers, ...drafting], guard.challenge);
}

/** Sends the phase's reminder unless it went out before; the claim is given back if sending fails. */
async function remindOnce(services: Services, row: CallRow, phase: ReminderPhase): Promise<boolean> {
  const people = await remindedPeople(services, row, phase);
  if (people.length === 0 || !(await repository.claimReminder(services.db, row.id, phase, services.now())))
    return false;
  try {
    await notify(services, people, {
      kind: `call_reminder_${phase}`,
      params: { challengeId: row.challenge_id, date: PHASE_ENDS[phase](row).toISOString() },
      link: `/calls/${row.id}`,
    });
    return true;
  } catch (error) {
    await repository.releaseReminder(services.db, row.id, phase);
    throw error;
  }
}

/** Every phase reminder due now; returns how many went out. */
export async function remindCallPhases(services: Services): Promise<number> {
  const now = services.now();
  let sent = 0;
  for (const call of await repository.callsWithPhaseAhead(services.db, now)) {
    const row = await findCall(services.db, call.id);
    if (!row) continue;
    for (const phase of Object.keys(PHASE_ENDS) as ReminderPhase[]) {
      const end = PHASE_ENDS[phase](row);
      const due = reminderDue(end) <= now && now < end;
      const decided = phase === 'result' && call.decided_at !== null;
      if (due && !decided && (await remindOnce(services, row, phase))) sent += 1;
    }
  }
  return sent;
}
