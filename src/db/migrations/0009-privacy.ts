// GDPR erasure: people can be marked erased, and the append-only audit log accepts exactly one kind
// of change, the removal of personal data from an event, and only while the erasure function runs.
export const privacy: string[] = [
  `ALTER TABLE people ADD COLUMN erased_at timestamptz`,
  `CREATE OR REPLACE FUNCTION audit_events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF TG_OP = 'UPDATE' AND current_setting('helemaal.erasing_person', true) IS NOT NULL
        AND current_setting('helemaal.erasing_person', true) <> ''
        AND NEW.id = OLD.id AND NEW.occurred_at = OLD.occurred_at AND NEW.action = OLD.action
        AND NEW.object_type = OLD.object_type AND NEW.object_id = OLD.object_id
        AND NEW.actor_id IS NOT DISTINCT FROM OLD.actor_id THEN
        RETURN NEW;
      END IF;
      RAISE EXCEPTION 'audit_events is append-only';
    END $$`,
  // Replaces the e-mail address and name of the erased person in the events' before and after
  // states; the setting that lets the trigger pass is local to the calling transaction.
  `CREATE FUNCTION erase_person_from_audit(person uuid, email text, display_name text) RETURNS integer LANGUAGE plpgsql AS $$
    DECLARE
      changed integer;
      needle_email text := trim(both '"' from to_json(email)::text);
      needle_name text := trim(both '"' from to_json(display_name)::text);
    BEGIN
      PERFORM set_config('helemaal.erasing_person', person::text, true);
      UPDATE audit_events SET
        before = replace(replace(before::text, needle_email, '[erased]'), needle_name, '[erased]')::jsonb,
        after = replace(replace(after::text, needle_email, '[erased]'), needle_name, '[erased]')::jsonb
      WHERE position(needle_email in coalesce(before::text, '') || coalesce(after::text, '')) > 0
        OR (length(needle_name) >= 3 AND position(needle_name in coalesce(before::text, '') || coalesce(after::text, '')) > 0);
      GET DIAGNOSTICS changed = ROW_COUNT;
      PERFORM set_config('helemaal.erasing_person', '', true);
      RETURN changed;
    END $$`,
];
