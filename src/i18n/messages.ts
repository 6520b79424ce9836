// All interface messages, merged from the texts of every area (src/i18n/texts, one file per area, for translators).
import { commonMessages } from './common-messages.ts';
import { accountMessages } from './texts/accounts.ts';
import { accountSecurityMessages } from './texts/account-security.ts';
import { organisationMessages } from './texts/organisations.ts';
import { itemMessages } from './texts/items.ts';
import { catalogueMessages } from './texts/catalogue.ts';
import { matchingMessages } from './texts/matching.ts';
import { accessibilityMessages } from './texts/accessibility.ts';
import { matchRecordMessages } from './texts/matches.ts';
import { inboxMessages } from './texts/match-inbox.ts';
import { matchPageMessages } from './texts/match-pages.ts';
import { matchMailMessages } from './texts/match-mails.ts';
import { introductionMessages } from './texts/introductions.ts';
import { notificationMessages } from './texts/notifications.ts';
import { importMessages } from './texts/imports.ts';
import { privacyMessages } from './texts/privacy.ts';
import { federationMessages } from './texts/federation.ts';
import { reminderMessages } from './texts/reminders.ts';
import { followMessages } from './texts/follows.ts';
import { workQueueMessages } from './texts/workqueue.ts';
import { indicatorMessages } from './texts/indicators.ts';
import { apiKeyMessages } from './texts/api-keys.ts';
import { exportMessages } from './texts/exports.ts';
import { webMessages } from './texts/web.ts';
import { postingMessages } from './texts/posting.ts';
import { itemPageMessages } from './texts/item-pages.ts';
import { reviewMessages } from './texts/review.ts';
import { auditMessages } from './texts/audit.ts';
import { deliveryMessages } from './texts/deliveries.ts';
import { conversationMessages } from './texts/conversations.ts';
import { attachmentMessages } from './texts/attachments.ts';
import { meetingMessages } from './texts/meetings.ts';
import { matchmakingMessages } from './texts/matchmaking.ts';
import { matchmakingChangeMessages } from './texts/matchmaking-changes.ts';
import { matchmakingOutcomeMessages } from './texts/matchmaking-outcomes.ts';
import { callMessages } from './texts/calls.ts';
import { callResponseMessages } from './texts/calls-responses.ts';
import { callEvaluationMessages } from './texts/calls-evaluation.ts';
import { callReviewMessages } from './texts/calls-review.ts';
import { callDataMessages } from './texts/calls-data.ts';
import type { Locale } from './define.ts';

const parts = [
  commonMessages,
  accountMessages,
  accountSecurityMessages,
  organisationMessages,
  itemMessages,
  catalogueMessages,
  matchingMessages,
  accessibilityMessages,
  matchRecordMessages,
  matchPageMessages,
  matchMailMessages,
  introductionMessages,
  notificationMessages,
  importMessages,
  privacyMessages,
  federationMessages,
  reminderMessages,
  followMessages,
  workQueueMessages,
  indicatorMessages,
  apiKeyMessages,
  exportMessages,
  webMessages,
  postingMessages,
  itemPageMessages,
  reviewMessages,
  inboxMessages,
  auditMessages,
  deliveryMessages,
  conversationMessages,
  attachmentMessages,
  meetingMessages,
  matchmakingMessages,
  matchmakingChangeMessages,
  matchmakingOutcomeMessages,
  callMessages,
  callResponseMessages,
  callEvaluationMessages,
  callReviewMessages,
  callDataMessages,
] as const;

type Part = (typeof parts)[number];
type KeysOf<P> = P extends { nl: Record<infer K, string> } ? K : never;
export type MessageKey = KeysOf<Part>;

export const catalogues: Record<Locale, Record<string, string>> = {
  nl: Object.assign({}, ...parts.map((p) => p.nl)),
  fr: Object.assign({}, ...parts.map((p) => p.fr)),
  en: Object.assign({}, ...parts.map((p) => p.en)),
};
