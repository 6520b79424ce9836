// Joining an existing organisation takes the consent of its members: a request waits here until a
// verified member, an ambassador or an admin approves it (it then becomes a row in memberships) or
// refuses it (it is deleted). The memberships table keeps meaning "active member"; what happened to
// each request is in the audit log.
export const membershipRequests: string[] = [
  `CREATE TABLE membership_requests (
    person_id uuid NOT NULL REFERENCES people(id) ON DELETE CASCADE,
    organisation_id uuid NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
    created_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (person_id, organisation_id)
  )`,
  `CREATE INDEX membership_requests_organisation ON membership_requests (organisation_id)`,
];
