// Feedback on the site's accessibility, kept for the people who answer it.
import type { Services } from '../app-types.ts';
import type { Locale } from '../i18n/define.ts';
import { insertFeedback } from './repository.ts';
import type { FeedbackInput } from './schemas.ts';

/** Stores feedback as given, with the language the person used; returns its id. */
export async function receiveFeedback(services: Services, input: FeedbackInput, locale: Locale): Promise<string> {
  return insertFeedback(services.db, { ...input, contactEmail: input.contactEmail ?? null, locale });
}
