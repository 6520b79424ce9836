// All interface messages, merged from the areas of the domain.
import { commonMessages } from './common-messages.ts';
import { accountMessages } from '../accounts/messages.ts';
import { accountSecurityMessages } from '../accounts/security-messages.ts';
import { organisationMessages } from '../organisations/messages.ts';
import { itemMessages } from '../catalogue/item-messages.ts';
import { catalogueMessages } from '../catalogue/messages.ts';
import { matchingMessages } from '../matching/messages.ts';
import { accessibilityMessages } from '../accessibility/messages.ts';
import { matchRecordMessages } from '../matches/messages.ts';
import { inboxMessages } from '../matches/inbox-messages.ts';
import { matchPageMessages } from '../matches/page-messages.ts';
import { matchMailMessages } from '../notifications/match-mail-messages.ts';
import { introductionMessages } from '../introductions/messages.ts';
import { notificationMessages } from '../notifications/messages.ts';
import { importMessages } from '../imports/messages.ts';
import { privacyMessages } from '../privacy/messages.ts';
import { federationMessages } from '../federation/messages.ts';
import { reminderMessages } from '../reminders/messages.ts';
import { followMessages } from '../follows/messages.ts';
import { workQueueMessages } from '../workqueue/messages.ts';
import { indicatorMessages } from '../indicators/messages.ts';
import { apiKeyMessages } from '../api-keys/messages.ts';
import { exportMessages } from '../exports/messages.ts';
import { webMessages } from '../web/messages.ts';
import { postingMessages } from '../catalogue/posting-messages.ts';
import { itemPageMessages } from '../publication/pages/item-page-messages.ts';
import { reviewMessages } from '../review/messages.ts';
import { auditMessages } from '../audit/messages.ts';
import { deliveryMessages } from '../events/messages.ts';
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
] as const;

type Part = (typeof parts)[number];
type KeysOf<P> = P extends { nl: Record<infer K, string> } ? K : never;
export type MessageKey = KeysOf<Part>;

export const catalogues: Record<Locale, Record<string, string>> = {
  nl: Object.assign({}, ...parts.map((p) => p.nl)),
  fr: Object.assign({}, ...parts.map((p) => p.fr)),
  en: Object.assign({}, ...parts.map((p) => p.en)),
};
