// Messages as the API and the pages show them: an erased author or text as "[erased]" in the
// reader's language, a hidden message without its text, report counts for the ambassador only.
import type { Translator } from '../i18n/translator.ts';
import type { MessageRow } from './repository.ts';
import type { AttachmentRow } from './repository.ts';
import type { Attachment, Message } from './schemas.ts';
import type { ReadConversation } from './service.ts';

function shownAs(row: MessageRow): Message['shown'] {
  if (row.erased_at) return 'erased';
  return row.hidden_at ? 'hidden' : 'visible';
}

const presentAttachment = (file: AttachmentRow): Attachment => ({
  id: file.id,
  name: file.name,
  mediaType: file.media_type as Attachment['mediaType'],
  size: file.size,
  href: `/api/v1/conversation-attachments/${file.id}`,
});

export function presentMessage(
  row: MessageRow,
  reader: Pick<ReadConversation, 'side' | 'readBefore' | 'reports' | 'attachments'> & { id: string },
  t: Translator,
): Message {
  const shown = shownAs(row);
  return {
    id: row.id,
    author: row.author_erased || !row.author_name ? t.t('conversation.erased') : row.author_name,
    organisation: row.organisation_name,
    side: row.author_side,
    text: shown === 'visible' ? row.body : null,
    shown,
    attachments: shown === 'visible' ? (reader.attachments.get(row.id) ?? []).map(presentAttachment) : [],
    toAllMatches: row.to_all_matches,
    createdAt: row.created_at.toISOString(),
    unread: row.author_id !== reader.id && row.position > reader.readBefore && shown === 'visible',
    yours: row.author_id === reader.id,
    ...(reader.side === 'curator' ? { reports: reader.reports.get(row.id) ?? [] } : {}),
  };
}

export function presentConversation(conversation: ReadConversation, readerId: string, t: Translator) {
  const reader = { ...conversation, id: readerId };
  const items = conversation.messages.map((row) => presentMessage(row, reader, t));
  return {
    items,
    open: conversation.open,
    yourSide: conversation.side,
    unread: items.filter((m) => m.unread).length,
  };
}
