// The conversation of a match, open once both sides accepted it: the members of both organisations
// and the challenge's curating ambassador write in it, nobody else (admins see matches but not their
// conversations). A message is written with its audit entry and the others' notices in one
// transaction; notices follow each person's e-mail choice (at once, digest, off) and language.
import type { Services } from '../app-types.ts';
import type { Database } from '../db/database.ts';
import type { Viewer } from '../shared/viewer.ts';
import { errors, isAppError } from '../shared/errors.ts';
import { recordAudit } from '../audit/repository.ts';
import { readableMatch } from '../matches/service.ts';
import type { MatchParties } from '../matches/parties.ts';
import { INTRODUCED } from '../matches/lifecycle.ts';
import { curatesItem } from '../items/permissions.ts';
import { guardOf } from '../items/presenter.ts';
import { readableItem } from '../items/service.ts';
import { membersOf } from '../notifications/repository.ts';
import { notify } from '../notifications/service.ts';
import {
  acceptUploads,
  attachmentFile,
  type CheckedFile,
  storeAttachments,
  type Upload,
} from '../attachments/service.ts';
import * as repository from './repository.ts';
import { MAX_MESSAGE_LENGTH, MESSAGE_ATTACHMENTS } from './limits.ts';

export type Side = 'challenge' | 'solution' | 'curator';

export interface Conversation {
  parties: MatchParties;
  side: Side;
  /** Messages may be written while the match runs; a declined or closed one is read only. */
  open: boolean;
}

/** The ambassador assigned to the challenge, or while none is, those who curate its spearheads. */
function isCuratingAmbassador(viewer: Viewer, challenge: MatchParties['challenge']): boolean {
  if (viewer.role !== 'ambassador') return false;
  if (challenge.assigned_ambassador_id) return challenge.assigned_ambassador_id === viewer.id;
  return curatesItem(viewer, guardOf('challenge', challenge));
}

function sideOf(viewer: Viewer, { challenge, solution }: MatchParties): Side | null {
  if (viewer.organisationIds.includes(challenge.owner_organisation_id)) return 'challenge';
  if (viewer.organisationIds.includes(solution.provider_organisation_id)) return 'solution';
  return isCuratingAmbassador(viewer, challenge) ? 'curator' : null;
}

const bothAccepted = ({ match }: MatchParties) =>
  match.challenge_accepted_at !== null && match.solution_accepted_at !== null;

/** An outsider gets 404 (as for the match itself); a party before both accepted, or an admin, 403. */
export async function conversationFor(services: Services, viewer: Viewer | null, matchId: string) {
  const parties = await readableMatch(services, viewer, matchId);
  if (!viewer) throw errors.unauthenticated();
  const side = sideOf(viewer, parties);
  if (!side) throw errors.forbidden();
  if (!bothAccepted(parties)) throw errors.refused('conversation_not_open', 'conversation.error_not_open');
  return { parties, side, open: INTRODUCED.includes(parties.match.status) } satisfies Conversation;
}

export interface ReadConversation extends Conversation {
  messages: repository.MessageRow[];
  /** Why messages were reported, by message id; only for the ambassador, who moderates. */
  reports: Map<string, string[]>;
  /** The reader's read mark before this reading: later messages of others are new to them. */
  readBefore: number;
  /** The files of each message, by message id (names and sizes; the bytes only through a download). */
  attachments: Map<string, repository.AttachmentRow[]>;
}

/** The conversation with its messages; reading it marks them read for the reader. */
export async function readConversation(services: Services, viewer: Viewer | null, matchId: string) {
  const conversation = await conversationFor(services, viewer, matchId);
  const reader = viewer as Viewer;
  const messages = await repository.messagesOf(services.db, matchId);
  const readBefore = await repository.readUpTo(services.db, matchId, reader.id);
  const last = messages.at(-1);
  if (last && last.position > readBefore) await repository.markReadUpTo(services.db, matchId, reader.id, last.position);
  const reports = new Map<string, string[]>();
  if (conversation.side === 'curator')
    for (const { message_id, reason } of await repository.reportsOf(services.db, matchId))
      reports.set(message_id, [...(reports.get(message_id) ?? []), reason]);
  const attachments = new Map<string, repository.AttachmentRow[]>();
  for (const file of await repository.attachmentsOf(services.db, matchId))
    attachments.set(file.message_id, [...(attachments.get(file.message_id) ?? []), file]);
  return { ...conversation, messages, readBefore, reports, attachments } satisfies ReadConversation;
}

/** Messages of others the viewer has not read; null when the viewer takes no part in a conversation there. */
export async function unreadFor(services: Services, viewer: Viewer | null, matchId: string): Promise<number | null> {
  try {
    await conversationFor(services, viewer, matchId);
  } catch (error) {
    if (isAppError(error)) return null;
    throw error;
  }
  return repository.unreadCount(services.db, matchId, (viewer as Viewer).id);
}

function cleanBody(body: string): string {
  const text = body.replace(/\r\n?/g, '\n').trim();
  if (!text) throw errors.validation([{ field: 'body', message: 'field.required' }]);
  if (text.length > MAX_MESSAGE_LENGTH)
    throw errors.validation([{ field: 'body', message: 'field.too_long', params: { max: MAX_MESSAGE_LENGTH } }]);
  return text;
}

/** Everyone who takes part, except the author: both organisations' members, the assigned ambassador, and ambassadors who wrote. */
async function othersIn(db: Database, { match, challenge, solution }: MatchParties, authorId: string) {
  const people = await membersOf(db, [challenge.owner_organisation_id, solution.provider_organisation_id]);
  if (challenge.assigned_ambassador_id) people.push(challenge.assigned_ambassador_id);
  people.push(...(await repository.authorsOf(db, match.id)));
  return [...new Set(people)].filter((id) => id !== authorId);
}

interface NewMessage {
  conversation: Conversation;
  author: Viewer;
  body: string;
  toAllMatches?: boolean;
  files?: CheckedFile[];
}

async function writeMessage(services: Services, tx: Database, message: NewMessage): Promise<string> {
  const { parties, side } = message.conversation;
  const organisationId =
    side === 'challenge'
      ? parties.challenge.owner_organisation_id
      : side === 'solution'
        ? parties.solution.provider_organisation_id
        : null;
  const row = await repository.insertMessage(tx, {
    match_id: parties.match.id,
    author_id: message.author.id,
    author_side: side,
    author_organisation_id: organisationId,
    body: message.body,
    to_all_matches: message.toAllMatches ?? false,
  });
  const files = message.files ?? [];
  await repository.linkAttachments(tx, row.id, await storeAttachments(tx, files, message.author.id));
  await repository.markReadUpTo(tx, parties.match.id, message.author.id, row.position);
  // The audit says who wrote where, not what: the text is personal data, erased with its author.
  await recordAudit(tx, {
    actorId: message.author.id,
    action: 'conversation.message_posted',
    objectType: 'match',
    objectId: parties.match.id,
    after: { messageId: row.id, side },
  });
  await notify({ ...services, db: tx }, await othersIn(tx, parties, message.author.id), {
    kind: 'conversation_message',
    // An alert says that files came with the message, never what they hold or are called.
    params: {
      challengeId: parties.challenge.id,
      solutionId: parties.solution.id,
      ...(files.length ? { attachments: String(files.length) } : {}),
    },
    link: `/matches/${parties.match.id}/conversation`,
  });
  return row.id;
}

export async function postMessage(
  services: Services,
  viewer: Viewer | null,
  matchId: string,
  body: string,
  readUploads: () => Promise<Upload[]> = async () => [],
) {
  const conversation = await conversationFor(services, viewer, matchId);
  if (!conversation.open) throw errors.conflict('conversation_closed', 'conversation.error_closed');
  const text = cleanBody(body);
  // Files are read only for someone who may write here, after the text passed.
  const files = await acceptUploads(await readUploads(), MESSAGE_ATTACHMENTS);
  return services.db
    .transaction()
    .execute((tx) => writeMessage(services, tx, { conversation, author: viewer as Viewer, body: text, files }));
}

/** A file of a message, for those who may read its conversation, while the message is neither hidden nor erased. */
export async function attachmentToDownload(services: Services, viewer: Viewer | null, attachmentId: string) {
  const message = await repository.messageOfAttachment(services.db, attachmentId);
  if (!message) throw errors.notFound();
  await conversationFor(services, viewer, message.match_id);
  const file = message.hidden_at || message.erased_at ? undefined : await attachmentFile(services.db, attachmentId);
  if (!file) throw errors.notFound();
  return file;
}

/** The challenge's matches both sides accepted and still running, for a message to all their parties. */
export async function openConversationsOfChallenge(services: Services, viewer: Viewer | null, challengeId: string) {
  if (!viewer) throw errors.unauthenticated();
  const challenge = await readableItem(services, 'challenge', viewer, challengeId);
  if (!isCuratingAmbassador(viewer, challenge)) throw errors.forbidden();
  const ids = await repository.acceptedMatchesOfChallenge(services.db, challenge.id, INTRODUCED);
  return { challenge, matchIds: ids };
}

/** The curating ambassador's one message to all parties of the challenge's accepted matches, one per conversation. */
export async function messageAllAcceptedMatches(
  services: Services,
  viewer: Viewer | null,
  challengeId: string,
  body: string,
): Promise<string[]> {
  const { matchIds } = await openConversationsOfChallenge(services, viewer, challengeId);
  const text = cleanBody(body);
  const conversations = await Promise.all(matchIds.map((id) => conversationFor(services, viewer, id)));
  await services.db.transaction().execute(async (tx) => {
    for (const conversation of conversations)
      await writeMessage(services, tx, { conversation, author: viewer as Viewer, body: text, toAllMatches: true });
  });
  return matchIds;
}

async function messageInConversation(services: Services, viewer: Viewer | null, messageId: string) {
  const message = await repository.findMessage(services.db, messageId);
  if (!message) throw errors.notFound();
  const conversation = await conversationFor(services, viewer, message.match_id);
  return { message, conversation };
}

/** The match whose conversation holds the message. */
export async function matchOfMessage(services: Services, messageId: string): Promise<string> {
  const message = await repository.findMessage(services.db, messageId);
  if (!message) throw errors.notFound();
  return message.match_id;
}

/** Ambassadors who moderate the conversation: the assigned one, or those of the challenge's spearheads. */
async function moderatorsOf(db: Database, { challenge }: MatchParties): Promise<string[]> {
  if (challenge.assigned_ambassador_id) return [challenge.assigned_ambassador_id];
  return repository.ambassadorsOfSpearheads(db, challenge.spearheads);
}

/** A participant reports someone else's message; the moderating ambassador is notified (once per reporter). */
export async function reportMessage(services: Services, viewer: Viewer | null, messageId: string, reason: string) {
  const { message, conversation } = await messageInConversation(services, viewer, messageId);
  const reporter = viewer as Viewer;
  if (message.author_id === reporter.id) throw errors.forbidden();
  const { parties } = conversation;
  await services.db.transaction().execute(async (tx) => {
    if (!(await repository.insertReport(tx, message.id, reporter.id, reason.trim()))) return;
    await recordAudit(tx, {
      actorId: reporter.id,
      action: 'conversation.message_reported',
      objectType: 'match',
      objectId: parties.match.id,
      // The reason stays with the report (erased with its author), not in the append-only audit.
      after: { messageId: message.id },
    });
    await notify({ ...services, db: tx }, await moderatorsOf(tx, parties), {
      kind: 'conversation_report',
      params: { challengeId: parties.challenge.id, solutionId: parties.solution.id },
      link: `/matches/${parties.match.id}/conversation#message-${message.id}`,
    });
  });
}

/** Only the curating ambassador hides a message; it stays in place as hidden, and the audit says who did it. */
export async function hideMessage(services: Services, viewer: Viewer | null, messageId: string): Promise<string> {
  const { message, conversation } = await messageInConversation(services, viewer, messageId);
  if (conversation.side !== 'curator') throw errors.forbidden();
  const moderator = viewer as Viewer;
  await services.db.transaction().execute(async (tx) => {
    if (!(await repository.hideMessage(tx, message.id, moderator.id, services.now()))) return;
    await recordAudit(tx, {
      actorId: moderator.id,
      action: 'conversation.message_hidden',
      objectType: 'match',
      objectId: message.match_id,
      before: { messageId: message.id, hidden: false },
      after: { messageId: message.id, hidden: true },
    });
  });
  return message.match_id;
}
