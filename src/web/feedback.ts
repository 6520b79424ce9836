// Feedback after an action, carried to the next page by a short code in its address (`?done=saved`),
// so it works without JavaScript. Only the codes below are ever shown: the message is the
// platform's own text, never anything from the address itself.
import type { MessageKey } from '../i18n/messages.ts';

export const FEEDBACK = {
  saved: 'feedback.saved',
  submitted: 'feedback.submitted',
  published: 'feedback.published',
  sent_back: 'feedback.sent_back',
  accepted: 'feedback.accepted',
  accepted_both: 'feedback.accepted_both',
  declined: 'feedback.declined',
  already_decided: 'feedback.already_decided',
  expired: 'feedback.expired',
  outcome: 'feedback.outcome',
  message_sent: 'feedback.message_sent',
  message_reported: 'feedback.message_reported',
  message_hidden: 'feedback.message_hidden',
  messages_sent_to_all: 'feedback.messages_sent_to_all',
  meeting_proposed: 'feedback.meeting_proposed',
  meeting_confirmed: 'feedback.meeting_confirmed',
  meeting_declined: 'feedback.meeting_declined',
  meeting_cancelled: 'feedback.meeting_cancelled',
  meeting_outcome: 'feedback.meeting_outcome',
  scheduled: 'feedback.scheduled',
  placed: 'feedback.placed',
  attendance: 'feedback.attendance',
  registered: 'feedback.registered',
  request_sent: 'feedback.request_sent',
  request_answered: 'feedback.request_answered',
  registration_withdrawn: 'feedback.registration_withdrawn',
  request_withdrawn: 'feedback.request_withdrawn',
  matchmaking_follow_up: 'feedback.matchmaking_follow_up',
  event_created: 'feedback.event_created',
  call_opened: 'feedback.call_opened',
  question_asked: 'feedback.question_asked',
  question_answered: 'feedback.question_answered',
  response_saved: 'feedback.response_saved',
  response_submitted: 'feedback.response_submitted',
  response_changed: 'feedback.response_changed',
  response_withdrawn: 'feedback.response_withdrawn',
  response_files_added: 'feedback.response_files_added',
  response_file_removed: 'feedback.response_file_removed',
  declared: 'feedback.declared',
  scored: 'feedback.scored',
  decision_saved: 'feedback.decision_saved',
  decision_confirmed: 'feedback.decision_confirmed',
} as const satisfies Record<string, MessageKey>;

export type Feedback = keyof typeof FEEDBACK;

/** The address of the next page with the feedback code for what was just done. */
export function withFeedback(address: string, done: Feedback): string {
  const url = new URL(address, 'http://localhost');
  url.searchParams.set('done', done);
  return `${url.pathname}${url.search}${url.hash}`;
}

/** The message key for the code in a page's address, if it is one of ours. */
export function feedbackKey(query: URLSearchParams): MessageKey | null {
  const done = query.get('done');
  return done !== null && Object.hasOwn(FEEDBACK, done) ? FEEDBACK[done as Feedback] : null;
}
