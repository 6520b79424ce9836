// Attachments (src/attachments): files checked by their content and kept in the database as bytes,
// whatever they are attached to; each area links them in a table of its own. Conversation messages
// link theirs here: whatever removes a link (erasing the author, deleting the match and so its
// messages) deletes the file too, so no bytes outlive what they were attached to.
export const attachments: string[] = [
  `CREATE TABLE attachments (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    name text NOT NULL CHECK (char_length(name) BETWEEN 1 AND 120),
    media_type text NOT NULL,
    size integer NOT NULL CHECK (size > 0),
    content bytea NOT NULL,
    uploaded_by uuid REFERENCES people(id) ON DELETE SET NULL,
    created_at timestamptz NOT NULL DEFAULT now()
  )`,
  `CREATE TABLE conversation_message_attachments (
    message_id uuid NOT NULL REFERENCES conversation_messages(id) ON DELETE CASCADE,
    attachment_id uuid NOT NULL UNIQUE REFERENCES attachments(id) ON DELETE CASCADE,
    position smallint NOT NULL,
    PRIMARY KEY (message_id, position)
  )`,
  `CREATE FUNCTION delete_linked_attachment() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      DELETE FROM attachments WHERE id = OLD.attachment_id;
      RETURN OLD;
    END $$`,
  `CREATE TRIGGER conversation_message_attachments_delete_file AFTER DELETE ON conversation_message_attachments
    FOR EACH ROW EXECUTE FUNCTION delete_linked_attachment()`,
];
