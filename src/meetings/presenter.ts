// A meeting as the API and the pages show it, with what the reader may do with it now.
import type { Side } from '../conversations/service.ts';
import { toBrusselsInput } from './brussels-time.ts';
import { endOf } from './invitation.tsx';
import type { MeetingWithSlots } from './repository.ts';
import type { Meeting } from './schemas.ts';

type Action = Meeting['actions'][number];

function actionsOf(meeting: MeetingWithSlots, side: Side, now: Date): Action[] {
  const chosen = meeting.slots.find((s) => s.chosen);
  const proposer = side === meeting.proposer_side;
  const actions: Action[] = [];
  if (meeting.status === 'proposed' && side !== 'curator' && !proposer) actions.push('pick', 'decline');
  const notStarted = !chosen || chosen.starts_at > now;
  if ((meeting.status === 'proposed' || meeting.status === 'confirmed') && proposer && notStarted)
    actions.push('cancel');
  if (meeting.status === 'confirmed' && chosen && endOf(chosen) <= now && !meeting.outcome) actions.push('outcome');
  return actions;
}

export function presentMeeting(meeting: MeetingWithSlots, side: Side, now: Date): Meeting {
  const path = `/matches/${meeting.match_id}/meetings/${meeting.id}`;
  return {
    id: meeting.id,
    matchId: meeting.match_id,
    status: meeting.status,
    proposerSide: meeting.proposer_side,
    onlineUrl: meeting.online_url,
    address: meeting.address,
    slots: meeting.slots.map((slot) => ({
      id: slot.id,
      start: slot.starts_at.toISOString(),
      end: endOf(slot).toISOString(),
      startBrussels: toBrusselsInput(slot.starts_at),
      durationMinutes: slot.duration_minutes,
      chosen: slot.chosen,
    })),
    declineReason: meeting.decline_reason,
    outcome: meeting.outcome,
    calendar: meeting.status === 'confirmed' ? `${path}.ics` : null,
    actions: actionsOf(meeting, side, now),
  };
}
