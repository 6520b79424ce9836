// The message shown on an item's page after a lifecycle action posted from it.
import type { Feedback } from '../web/feedback.ts';
import type { Action } from '../items/lifecycle.ts';

const BY_ACTION: Partial<Record<Action, Feedback>> = {
  submit: 'submitted',
  publish: 'published',
  renew: 'published',
  send_back: 'sent_back',
};

/** What to confirm after this action; the other actions change the item's status, so "saved". */
export function actionFeedback(action: Action): Feedback {
  return BY_ACTION[action] ?? 'saved';
}
