// Meetings between the two sides of an accepted match. Those who take part in the match's
// conversation see its meetings; a side proposes one to three slots, the other side picks one or
// declines, the proposing side may cancel. A confirmed meeting sends each member of both
// organisations an invitation with the .ics in their language; after it ended, one "how did it go"
// goes on the match's timeline (a pilot recorded by the curating ambassador moves the match).
import type { Services } from '../app-types.ts';
import type { Database } from '../db/database.ts';
import type { Viewer } from '../shared/viewer.ts';
import { errors, type FieldProblem } from '../shared/errors.ts';
import { recordAudit } from '../audit/repository.ts';
import { conversationFor, type Conversation } from '../conversations/service.ts';
import { recordOutcome } from '../matches/service.ts';
import { canRecordOutcome } from '../matches/lifecycle.ts';
import { insertMatchEvent } from '../matches/repository.ts';
import { membersOf, readersOf } from '../notifications/repository.ts';
import { notify } from '../notifications/service.ts';
import { queueMail } from '../notifications/outgoing-repository.ts';
import { createTranslator } from '../i18n/translator.ts';
import { fromBrusselsInput } from './brussels-time.ts';
import { calendarOf, endOf, invitationMail, type CalendarPerson, type Invitation } from './invitation.tsx';
import * as repository from './repository.ts';
import { MAX_MINUTES, MAX_SLOTS, MIN_MINUTES, type MeetingInput, type MeetingOutcome } from './schemas.ts';

type SideName = 'challenge' | 'solution';

export interface MeetingsView extends Conversation {
  meetings: repository.MeetingWithSlots[];
}

const otherSide = (side: SideName): SideName => (side === 'challenge' ? 'solution' : 'challenge');

function aSide(conversation: Conversation): SideName {
  if (conversation.side === 'curator') throw errors.forbidden();
  return conversation.side;
}

export async function meetingsOf(services: Services, viewer: Viewer | null, matchId: string): Promise<MeetingsView> {
  const conversation = await conversationFor(services, viewer, matchId);
  return { ...conversation, meetings: await repository.meetingsOfMatch(services.db, matchId) };
}

export async function meetingOf(services: Services, viewer: Viewer | null, matchId: string, meetingId: string) {
  const conversation = await conversationFor(services, viewer, matchId);
  const meeting = await repository.findMeeting(services.db, matchId, meetingId);
  if (!meeting) throw errors.notFound();
  return { conversation, meeting };
}

function slotProblems(input: MeetingInput, now: Date) {
  const problems: FieldProblem[] = [];
  if (input.slots.length < 1 || input.slots.length > MAX_SLOTS)
    problems.push({ field: 'slots', message: 'meeting.error_slot_count', params: { max: MAX_SLOTS } });
  const slots = input.slots.slice(0, MAX_SLOTS).map((slot, index) => {
    const start = fromBrusselsInput(slot.start);
    if (!start) problems.push({ field: `slots.${index}.start`, message: 'meeting.error_time' });
    else if (start <= now) problems.push({ field: `slots.${index}.start`, message: 'meeting.error_past' });
    const minutes = slot.durationMinutes;
    if (!Number.isInteger(minutes) || minutes < MIN_MINUTES || minutes > MAX_MINUTES)
      problems.push({
        field: `slots.${index}.durationMinutes`,
        message: 'meeting.error_duration',
        params: { min: MIN_MINUTES, max: MAX_MINUTES },
      });
    return { starts_at: start ?? now, duration_minutes: minutes };
  });
  return { problems, slots };
}

function placeOf(input: MeetingInput, problems: FieldProblem[]) {
  const onlineUrl = input.onlineUrl?.trim() || null;
  const address = input.address?.trim() || null;
  if (!onlineUrl === !address) problems.push({ field: 'onlineUrl', message: 'meeting.error_place' });
  else if (onlineUrl && !isHttps(onlineUrl)) problems.push({ field: 'onlineUrl', message: 'meeting.error_https' });
  return { online_url: onlineUrl, address };
}

function isHttps(text: string): boolean {
  try {
    const url = new URL(text);
    return url.protocol === 'https:' && url.hostname !== '';
  } catch {
    return false;
  }
}

async function notifySide(
  services: Services,
  tx: Database,
  conversation: Conversation,
  side: SideName,
  kind: string,
  meetingId: string,
) {
  const { parties } = conversation;
  const organisation =
    side === 'challenge' ? parties.challenge.owner_organisation_id : parties.solution.provider_organisation_id;
  await notify({ ...services, db: tx }, await membersOf(tx, [organisation]), {
    kind,
    params: { challengeId: parties.challenge.id, solutionId: parties.solution.id },
    link: `/matches/${parties.match.id}/meetings/${meetingId}`,
  });
}

async function audit(tx: Database, viewer: Viewer, action: string, matchId: string, after: Record<string, unknown>) {
  await recordAudit(tx, {
    actorId: viewer.id,
    action: `meeting.${action}`,
    objectType: 'match',
    objectId: matchId,
    after,
  });
}

/** A side proposes slots and a place; nothing is written unless every slot and the place are right. */
export async function proposeMeeting(services: Services, viewer: Viewer | null, matchId: string, input: MeetingInput) {
  const conversation = await conversationFor(services, viewer, matchId);
  const side = aSide(conversation);
  if (!conversation.open) throw errors.conflict('conversation_closed', 'conversation.error_closed');
  const { problems, slots } = slotProblems(input, services.now());
  const place = placeOf(input, problems);
  if (problems.length) throw errors.validation(problems);
  const proposer = viewer as Viewer;
  return services.db.transaction().execute(async (tx) => {
    const id = await repository.insertMeeting(
      tx,
      { match_id: matchId, proposed_by: proposer.id, proposer_side: side, ...place },
      slots,
    );
    await audit(tx, proposer, 'proposed', matchId, { meetingId: id, slots: slots.length });
    await notifySide(services, tx, conversation, otherSide(side), 'meeting_proposed', id);
    return id;
  });
}

async function changeable(services: Services, viewer: Viewer | null, matchId: string, meetingId: string) {
  const found = await meetingOf(services, viewer, matchId, meetingId);
  return { ...found, side: aSide(found.conversation) };
}

/** The other side picks one of the proposed slots; both organisations' members get the invitation. */
export async function pickSlot(
  services: Services,
  viewer: Viewer | null,
  matchId: string,
  meetingId: string,
  slotId: string,
) {
  const { conversation, meeting, side } = await changeable(services, viewer, matchId, meetingId);
  if (side === meeting.proposer_side) throw errors.forbidden();
  if (!conversation.open) throw errors.conflict('conversation_closed', 'conversation.error_closed');
  const slot = meeting.slots.find((s) => s.id === slotId);
  if (!slot) throw errors.validation([{ field: 'slotId', message: 'meeting.error_slot' }]);
  if (slot.starts_at <= services.now()) throw errors.conflict('meeting_slot_past', 'meeting.error_slot_past');
  await services.db.transaction().execute(async (tx) => {
    const locked = await repository.lockMeeting(tx, meetingId);
    if (locked?.status !== 'proposed') throw errors.invalidTransition();
    const changes = {
      status: 'confirmed' as const,
      decided_by: (viewer as Viewer).id,
      decided_at: services.now(),
      sequence: locked.sequence + 1,
    };
    await repository.updateMeeting(tx, meetingId, changes);
    await repository.chooseSlot(tx, meetingId, slotId);
    await audit(tx, viewer as Viewer, 'confirmed', matchId, { meetingId, slotId });
    const slots = meeting.slots.map((s) => ({ ...s, chosen: s.id === slotId }));
    await sendCalendars(services, tx, conversation, { ...meeting, ...changes, slots }, 'REQUEST');
  });
  services.events.kick();
}

/** Every member of both organisations gets the calendar update in their language, once per SEQUENCE. */
async function sendCalendars(
  services: Services,
  tx: Database,
  conversation: Conversation,
  meeting: repository.MeetingWithSlots,
  method: Invitation['method'],
) {
  const slot = meeting.slots.find((s) => s.chosen);
  if (!slot) return;
  const invitation = await invitationFor(services, tx, conversation, meeting, slot, method);
  const people = await readersOf(tx, await membersOf(tx, organisationsOf(conversation)));
  for (const person of people) {
    const t = createTranslator(person.locale);
    const mail = invitationMail(
      t,
      { name: person.displayName, email: person.email },
      invitation,
      calendarOf(t, invitation),
    );
    await queueMail(tx, `meeting:${meeting.id}:${meeting.sequence}:${person.id}`, person.id, mail);
  }
}

const organisationsOf = ({ parties }: Conversation) => [
  parties.challenge.owner_organisation_id,
  parties.solution.provider_organisation_id,
];

/** The platform's sender stands in as organizer when the proposer's account is gone. */
function platformSender(mailFrom: string): CalendarPerson {
  const address = /<([^>]+)>/.exec(mailFrom)?.[1] ?? mailFrom;
  return { name: 'Helemaal Digitaal', email: address };
}

/** What the calendar needs: the organisations, the proposer as organizer, both organisations' members as attendees. */
export async function invitationFor(
  services: Services,
  db: Database,
  { parties }: Conversation,
  meeting: repository.MeetingWithSlots,
  slot: repository.SlotRow,
  method: Invitation['method'] = 'REQUEST',
): Promise<Invitation> {
  const members = await readersOf(
    db,
    await membersOf(db, [parties.challenge.owner_organisation_id, parties.solution.provider_organisation_id]),
  );
  const people = members.map((p) => ({ id: p.id, name: p.displayName, email: p.email }));
  const proposer = people.find((p) => p.id === meeting.proposed_by);
  const base = new URL(services.config.baseUrl);
  return {
    meeting,
    slot,
    organisations: [parties.challenge.organisation_name, parties.solution.organisation_name],
    organizer: proposer ? { name: proposer.name, email: proposer.email } : platformSender(services.config.mailFrom),
    attendees: people.filter((p) => p.id !== meeting.proposed_by).map(({ name, email }) => ({ name, email })),
    pageUrl: `${services.config.baseUrl}/matches/${parties.match.id}/meetings/${meeting.id}`,
    host: base.hostname,
    method,
  };
}

/** The .ics of a confirmed meeting, for those who take part, in the reader's language. */
export async function calendarFile(services: Services, viewer: Viewer | null, matchId: string, meetingId: string) {
  const { conversation, meeting } = await meetingOf(services, viewer, matchId, meetingId);
  const slot = meeting.slots.find((s) => s.chosen);
  if (meeting.status !== 'confirmed' || !slot) throw errors.notFound();
  const invitation = await invitationFor(services, services.db, conversation, meeting, slot);
  return calendarOf(createTranslator((viewer as Viewer).locale), invitation);
}

export async function declineMeeting(
  services: Services,
  viewer: Viewer | null,
  matchId: string,
  meetingId: string,
  reason: string,
) {
  const { conversation, meeting, side } = await changeable(services, viewer, matchId, meetingId);
  if (side === meeting.proposer_side) throw errors.forbidden();
  await services.db.transaction().execute(async (tx) => {
    const locked = await repository.lockMeeting(tx, meetingId);
    if (locked?.status !== 'proposed') throw errors.invalidTransition();
    await repository.updateMeeting(tx, meetingId, {
      status: 'declined',
      decline_reason: reason.trim(),
      decided_by: (viewer as Viewer).id,
      decided_at: services.now(),
    });
    await audit(tx, viewer as Viewer, 'declined', matchId, { meetingId });
    await notifySide(services, tx, conversation, meeting.proposer_side, 'meeting_declined', meetingId);
  });
}

/** The proposing side withdraws a meeting not yet held; the other side hears of it. */
export async function cancelMeeting(services: Services, viewer: Viewer | null, matchId: string, meetingId: string) {
  const { conversation, meeting, side } = await changeable(services, viewer, matchId, meetingId);
  if (side !== meeting.proposer_side) throw errors.forbidden();
  const chosen = meeting.slots.find((s) => s.chosen);
  if (chosen && chosen.starts_at <= services.now()) throw errors.invalidTransition();
  await services.db.transaction().execute(async (tx) => {
    const locked = await repository.lockMeeting(tx, meetingId);
    if (locked?.status !== 'proposed' && locked?.status !== 'confirmed') throw errors.invalidTransition();
    const changes = { status: 'cancelled' as const, sequence: locked.sequence + 1 };
    await repository.updateMeeting(tx, meetingId, changes);
    await audit(tx, viewer as Viewer, 'cancelled', matchId, { meetingId });
    await notifySide(services, tx, conversation, otherSide(side), 'meeting_cancelled', meetingId);
    // A confirmed meeting is in everyone's calendar: the cancellation takes it out again.
    if (locked.status === 'confirmed')
      await sendCalendars(services, tx, conversation, { ...meeting, ...changes }, 'CANCEL');
  });
  services.events.kick();
}

/**
 * After the meeting's end, one answer of whoever took part: it goes on the match's timeline. A pilot
 * moves the match only as the project records pilots, by the curating ambassador (recordOutcome);
 * a side's "pilot agreed" tells that ambassador, who records it from the match page.
 */
export async function recordMeetingOutcome(
  services: Services,
  viewer: Viewer | null,
  matchId: string,
  meetingId: string,
  outcome: MeetingOutcome,
) {
  const { conversation, meeting } = await meetingOf(services, viewer, matchId, meetingId);
  const slot = meeting.slots.find((s) => s.chosen);
  if (meeting.status !== 'confirmed' || !slot || endOf(slot) > services.now())
    throw errors.conflict('meeting_not_held', 'meeting.error_not_held');
  const person = viewer as Viewer;
  const side = conversation.side;
  await services.db.transaction().execute(async (tx) => {
    const locked = await repository.lockMeeting(tx, meetingId);
    if (!locked || locked.outcome) throw errors.conflict('meeting_outcome_recorded', 'meeting.error_outcome_recorded');
    await repository.updateMeeting(tx, meetingId, { outcome, outcome_by: person.id, outcome_at: services.now() });
    await insertMatchEvent(tx, {
      matchId,
      actorId: person.id,
      actorSide: side,
      action: `meeting_${outcome}`,
      note: createTranslator(person.locale).t(`meeting.outcome.${outcome}`),
    });
    await audit(tx, person, 'outcome', matchId, { meetingId, outcome });
    if (outcome === 'pilot_agreed' && side !== 'curator')
      await notify({ ...services, db: tx }, await curatorsOf(tx, conversation), {
        kind: 'meeting_pilot_agreed',
        params: { challengeId: conversation.parties.challenge.id, solutionId: conversation.parties.solution.id },
        link: `/matches/${matchId}`,
      });
  });
  if (outcome === 'pilot_agreed' && side === 'curator' && canRecordOutcome('pilot', conversation.parties.match.status))
    await recordOutcome(services, viewer, matchId, 'pilot');
}

/** The ambassador assigned to the challenge, or while none is, those who curate its spearheads. */
async function curatorsOf(db: Database, { parties }: Conversation): Promise<string[]> {
  const assigned = parties.challenge.assigned_ambassador_id;
  return assigned ? [assigned] : repository.ambassadorsOfSpearheads(db, parties.challenge.spearheads);
}
