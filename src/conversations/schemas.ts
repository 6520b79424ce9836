// The shapes of conversation messages in the API, validated and documented from these TypeBox schemas.
import { Type, type Static } from 'typebox';
import { MAX_MESSAGE_LENGTH } from './limits.ts';

export const MessageInput = Type.Object({
  body: Type.String({
    minLength: 1,
    maxLength: MAX_MESSAGE_LENGTH,
    description: 'Plain text; links are made clickable',
  }),
});
export type MessageInput = Static<typeof MessageInput>;

export const ReportInput = Type.Object({ reason: Type.String({ minLength: 3, maxLength: 1000 }) });
export type ReportInput = Static<typeof ReportInput>;

export const Attachment = Type.Object({
  id: Type.String(),
  name: Type.String({ description: 'A safe file name, ending in the extension of the checked type' }),
  mediaType: Type.Enum(['application/pdf', 'image/png', 'image/jpeg'], {
    description: 'The type the content was checked to be (by its bytes, not its name)',
  }),
  size: Type.Integer({ description: 'In bytes' }),
  href: Type.String({ description: 'Where the file is downloaded (never shown inline)' }),
});
export type Attachment = Static<typeof Attachment>;

export const Message = Type.Object({
  id: Type.String(),
  author: Type.String({ description: 'The author’s name, or “[erased]” in the caller’s language' }),
  organisation: Type.Union([Type.String(), Type.Null()], {
    description: 'The organisation the author wrote for; null for the ambassador',
  }),
  side: Type.Enum(['challenge', 'solution', 'curator']),
  text: Type.Union([Type.String(), Type.Null()], {
    description: 'The message as written; null when its author was erased or the ambassador hid it',
  }),
  shown: Type.Enum(['visible', 'hidden', 'erased']),
  attachments: Type.Array(Attachment, { description: 'Empty when the message is hidden or erased' }),
  toAllMatches: Type.Boolean({ description: 'Sent by the ambassador to all accepted matches of the challenge' }),
  createdAt: Type.String(),
  unread: Type.Boolean({ description: 'New to the caller at this reading' }),
  yours: Type.Boolean(),
  reports: Type.Optional(
    Type.Array(Type.String(), { description: 'The reasons of those who reported it; only for the ambassador' }),
  ),
});
export type Message = Static<typeof Message>;

export const MessageList = Type.Object({
  items: Type.Array(Message),
  open: Type.Boolean({ description: 'Whether messages may be written (the match still runs)' }),
  yourSide: Type.Enum(['challenge', 'solution', 'curator']),
  unread: Type.Integer({ description: 'Messages of others that were new to the caller at this reading' }),
});

export const ToAllResult = Type.Object({
  matchIds: Type.Array(Type.String(), { description: 'The matches whose conversation received the message' }),
});
