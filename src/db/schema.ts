// Row types of the database, as Kysely sees them. Presenters turn these into API and page shapes.
import type { ColumnType, Generated, GeneratedAlways, Selectable } from 'kysely';
import type { CallTables } from './call-tables.ts';
import type { EventTables } from './event-tables.ts';

type CreatedAt = ColumnType<Date, Date | string | undefined, never>;
type UpdatedAt = ColumnType<Date, Date | string | undefined, Date | string>;
type Timestamp = ColumnType<Date, Date | string, Date | string>;
type Json = ColumnType<unknown, string, never>;

export interface OrganisationsTable {
  id: Generated<string>;
  name: string;
  kind: string;
  is_sme: boolean;
  enterprise_number: string;
  country: string;
  street: string | null;
  postal_code: string | null;
  municipality: string | null;
  nis_code: string | null;
  website: string | null;
  verified: Generated<boolean>;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
}

export interface PeopleTable {
  id: Generated<string>;
  email: string;
  display_name: string;
  password_hash: string | null;
  role: 'member' | 'ambassador' | 'admin';
  locale: 'nl' | 'fr' | 'en';
  email_verified_at: Timestamp | null;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
  oidc_subject: ColumnType<string | null, string | null | undefined, string | null>;
  totp_secret: ColumnType<string | null, string | null | undefined, string | null>;
  totp_enabled_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  locked_until: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  /** bigint, read as a number (database.ts). */
  totp_last_step: number | null;
  /** Set when the person's account was erased (privacy); the row stays for references. */
  erased_at: Timestamp | null;
}

export interface MembershipsTable {
  person_id: string;
  organisation_id: string;
  created_at: CreatedAt;
}

/** A person's pending request to join an organisation; approving it makes a membership. */
export interface MembershipRequestsTable {
  person_id: string;
  organisation_id: string;
  created_at: CreatedAt;
}

export interface AmbassadorSpearheadsTable {
  person_id: string;
  spearhead: number;
}

export interface SessionsTable {
  id: string;
  person_id: string;
  created_at: CreatedAt;
  expires_at: Timestamp;
  revoked_at: Timestamp | null;
  second_factor_pending: Generated<boolean>;
  user_agent: string | null;
  /** Written at most once a minute; the idle timeout counts from it. */
  last_used_at: ColumnType<Date, Date | string | undefined, Date | string>;
  /** The person asked to stay signed in: a longer idle timeout, a cookie that outlives the browser session. */
  keep_signed_in: Generated<boolean>;
}

export interface RecoveryCodesTable {
  person_id: string;
  code_hash: string;
  used_at: Timestamp | null;
}

export interface LoginFailuresTable {
  id: GeneratedAlways<number>;
  person_id: string;
  occurred_at: CreatedAt;
}

export interface AccountTokensTable {
  id: string;
  person_id: string;
  purpose: 'verify_email' | 'reset_password';
  created_at: CreatedAt;
  expires_at: Timestamp;
  used_at: Timestamp | null;
}

interface ReviewedItemColumns {
  id: Generated<string>;
  title: string;
  description: string;
  sectors: string[];
  spearheads: number[];
  language: string;
  classification: 'public' | 'internal' | 'confidential';
  status: string;
  created_by: string | null;
  review_note: string | null;
  submitted_at: Timestamp | null;
  published_at: Timestamp | null;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
  content_changed_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
}

export interface ChallengesTable extends ReviewedItemColumns {
  region: string;
  urgency: string;
  deadline: string | null;
  duration_months: number | null;
  desired_kinds: string[];
  owner_organisation_id: string;
  assigned_ambassador_id: string | null;
  expires_at: Timestamp | null;
  duplicate_of: Generated<string | null>;
}

export interface SolutionsTable extends ReviewedItemColumns {
  kind: string;
  technologies: string[];
  trl: number | null;
  market_stage: string | null;
  pricing: string;
  free_months: number | null;
  regions_served: string[];
  languages: string[];
  reference_text: string;
  provider_organisation_id: string;
  duplicate_of: Generated<string | null>;
}

export type MatchOrigin = 'engine' | 'ambassador' | 'application' | 'request' | 'event' | 'call';
export type MatchStatus =
  | 'suggested'
  | 'proposed'
  | 'accepted'
  | 'introduced'
  | 'pilot'
  | 'deployed'
  | 'declined'
  | 'expired';

export interface MatchesTable {
  id: Generated<string>;
  challenge_id: string;
  solution_id: string;
  origin: MatchOrigin;
  score: number | null;
  explanation: Json | null;
  status: MatchStatus;
  challenge_accepted_at: Timestamp | null;
  solution_accepted_at: Timestamp | null;
  decline_reason: string | null;
  created_by: string | null;
  /** The matchmaking meeting this match came from (origin 'event', or an existing match linked there). */
  matchmaking_request_id: Generated<string | null>;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
}

export interface MatchEventsTable {
  id: GeneratedAlways<number>;
  match_id: string;
  actor_id: string | null;
  /** For which side the actor acted; null for the platform itself. */
  actor_side: ColumnType<
    'challenge' | 'solution' | 'curator' | null,
    'challenge' | 'solution' | 'curator' | null | undefined,
    never
  >;
  action: string;
  note: string | null;
  occurred_at: CreatedAt;
}

export type EmailMode = 'immediate' | 'daily' | 'weekly' | 'off';

export interface NotificationsTable {
  id: Generated<string>;
  person_id: string;
  kind: string;
  params: ColumnType<Record<string, string>, string, never>;
  link: string;
  created_at: CreatedAt;
  read_at: Timestamp | null;
  emailed_at: Timestamp | null;
}

export interface NotificationSettingsTable {
  person_id: string;
  email_mode: EmailMode;
  last_digest_at: Timestamp | null;
  updated_at: UpdatedAt;
}

export interface FollowsTable {
  person_id: string;
  target_type: 'challenge' | 'solution' | 'sector' | 'spearhead' | 'organisation';
  target: string;
  created_at: CreatedAt;
}

export interface SavedSearchesTable {
  id: Generated<string>;
  person_id: string;
  kind: 'challenge' | 'solution';
  query: string;
  created_at: CreatedAt;
}

export interface RemindersSentTable {
  reason: string;
  item_key: string;
  sent_at: CreatedAt;
}

export interface ContactSettingsTable {
  person_id: string;
  followed_only: boolean;
  updated_at: UpdatedAt;
}

export interface PublishedChangesTable {
  id: Generated<string>;
  item_kind: 'challenge' | 'solution';
  item_id: string;
  changed_by: string | null;
  changed_at: Timestamp;
  before: Json;
  after: Json;
  checked_by: ColumnType<string | null, string | null | undefined, string | null>;
  checked_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
}

export interface AuditEventsTable {
  id: GeneratedAlways<number>;
  occurred_at: CreatedAt;
  actor_id: string | null;
  action: string;
  object_type: string;
  object_id: string;
  before: Json | null;
  after: Json | null;
}

export interface AccessibilityFeedbackTable {
  id: Generated<string>;
  page: string;
  message: string;
  contact_email: string | null;
  locale: string;
  created_at: CreatedAt;
  handled_at: Timestamp | null;
}

export interface FederationPartnersTable {
  id: Generated<string>;
  name: string;
  ldes_url: string;
  status: ColumnType<
    'new' | 'ok' | 'failing' | 'removed',
    'new' | 'ok' | 'failing' | 'removed' | undefined,
    'new' | 'ok' | 'failing' | 'removed'
  >;
  last_sync_at: Timestamp | null;
  last_success_at: Timestamp | null;
  last_error: string | null;
  next_attempt_at: ColumnType<Date, Date | string | undefined, Date | string>;
  failure_count: ColumnType<number, number | undefined, number>;
  created_at: CreatedAt;
  removed_at: Timestamp | null;
}

export interface LdesFollowersTable {
  partner_id: string;
  page_url: string;
  members_seen: ColumnType<string[], string[] | undefined, string[]>;
  updated_at: ColumnType<Date, Date | string | undefined, Date | string>;
}

export interface FederatedItemsTable {
  partner_id: string;
  kind: 'challenge' | 'solution';
  remote_id: string;
  local_id: string;
  remote_url: string;
  remote_updated_at: Timestamp;
  withdrawn: ColumnType<boolean, boolean | undefined, boolean>;
}

export interface ApiKeysTable {
  id: Generated<string>;
  client_name: string;
  key_hash: string;
  key_prefix: string;
  rate_limit_per_minute: number;
  created_by: string | null;
  created_at: CreatedAt;
  last_used_at: Timestamp | null;
  revoked_at: Timestamp | null;
}

/** A version of a published item in the LDES (src/ldes), or its tombstone; never changed once written. */
export interface LdesMembersTable {
  sequence: ColumnType<number, number, never>;
  item_kind: 'challenge' | 'solution';
  item_id: ColumnType<string, string, never>;
  deleted: ColumnType<boolean, boolean, never>;
  content: ColumnType<Record<string, unknown> | null, string | null, never>;
  content_hash: ColumnType<string | null, string | null, never>;
  generated_at: ColumnType<Date, Date | string, never>;
}

/** A message in the conversation of an accepted match (src/conversations); emptied when its author is erased. */
export interface ConversationMessagesTable {
  id: Generated<string>;
  position: GeneratedAlways<number>;
  match_id: string;
  author_id: string | null;
  author_side: 'challenge' | 'solution' | 'curator';
  author_organisation_id: string | null;
  body: string;
  to_all_matches: Generated<boolean>;
  created_at: CreatedAt;
  hidden_at: Timestamp | null;
  hidden_by: string | null;
  erased_at: Timestamp | null;
}

/** A file checked by its content and kept as bytes (src/attachments); areas link it in tables of their own. */
export interface AttachmentsTable {
  id: Generated<string>;
  name: string;
  media_type: string;
  size: number;
  content: Uint8Array;
  uploaded_by: string | null;
  created_at: CreatedAt;
}

export interface ConversationMessageAttachmentsTable {
  message_id: string;
  attachment_id: string;
  position: number;
}

export interface ConversationReadsTable {
  match_id: string;
  person_id: string;
  read_up_to: number;
}

export interface ConversationReportsTable {
  message_id: string;
  reporter_id: string;
  reason: string;
  created_at: CreatedAt;
}

/** A meeting proposed between the two sides of an accepted match (src/meetings). */
export interface MeetingsTable {
  id: Generated<string>;
  match_id: string;
  proposed_by: string | null;
  proposer_side: 'challenge' | 'solution';
  status: Generated<'proposed' | 'confirmed' | 'declined' | 'cancelled'>;
  online_url: string | null;
  address: string | null;
  decline_reason: string | null;
  decided_by: string | null;
  decided_at: Timestamp | null;
  reminded_at: Timestamp | null;
  outcome: 'next_step' | 'pilot_agreed' | 'not_a_fit' | null;
  outcome_by: string | null;
  outcome_at: Timestamp | null;
  sequence: Generated<number>;
  created_at: CreatedAt;
}

export interface MeetingSlotsTable {
  id: Generated<string>;
  meeting_id: string;
  starts_at: Timestamp;
  duration_minutes: number;
  chosen: Generated<boolean>;
}

/** A matchmaking day an ambassador runs (src/matchmaking); its window is cut into slots of slot_minutes. */
export interface MatchmakingEventsTable {
  id: Generated<string>;
  name: string;
  description: Generated<string>;
  starts_at: Timestamp;
  ends_at: Timestamp;
  slot_minutes: number;
  table_count: number;
  address: string | null;
  online_url: string | null;
  registration_deadline: Timestamp;
  sectors: Generated<string[]>;
  spearheads: Generated<number[]>;
  created_by: string | null;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
  /** When an ambassador last changed the event after creating it, and which parts (time, place, …). */
  changed_at: Timestamp | null;
  changes: Generated<string[]>;
}

export interface MatchmakingParticipantsTable {
  id: Generated<string>;
  event_id: string;
  organisation_id: string;
  person_id: string;
  seeks: Generated<string>;
  offers: Generated<string>;
  challenge_ids: Generated<string[]>;
  solution_ids: Generated<string[]>;
  available_slots: Generated<number[]>;
  registered_by: string | null;
  created_at: CreatedAt;
}

export interface MatchmakingRequestsTable {
  id: Generated<string>;
  event_id: string;
  from_participant: string;
  to_participant: string;
  reason: string;
  status: Generated<'requested' | 'accepted' | 'declined'>;
  decided_at: Timestamp | null;
  slot: number | null;
  table_number: number | null;
  placed_by: 'scheduler' | 'organiser' | null;
  attendance: 'held' | 'no_show' | null;
  created_at: CreatedAt;
}

/** How a held matchmaking meeting went, said by one of its two participants; a next step may make a match. */
export interface MatchmakingFollowUpsTable {
  request_id: string;
  participant_id: string;
  outcome: 'next_step' | 'not_a_fit';
  match_id: string | null;
  recorded_at: CreatedAt;
}

/** An open call on a published challenge (src/calls); its phases end at the four instants, in order. */
export interface DatabaseSchema extends EventTables, CallTables {
  api_keys: ApiKeysTable;
  accessibility_feedback: AccessibilityFeedbackTable;
  organisations: OrganisationsTable;
  people: PeopleTable;
  memberships: MembershipsTable;
  membership_requests: MembershipRequestsTable;
  ambassador_spearheads: AmbassadorSpearheadsTable;
  sessions: SessionsTable;
  recovery_codes: RecoveryCodesTable;
  login_failures: LoginFailuresTable;
  account_tokens: AccountTokensTable;
  challenges: ChallengesTable;
  solutions: SolutionsTable;
  audit_events: AuditEventsTable;
  published_changes: PublishedChangesTable;
  ldes_members: LdesMembersTable;
  matches: MatchesTable;
  match_events: MatchEventsTable;
  notifications: NotificationsTable;
  notification_settings: NotificationSettingsTable;
  follows: FollowsTable;
  saved_searches: SavedSearchesTable;
  federation_partners: FederationPartnersTable;
  federated_items: FederatedItemsTable;
  ldes_followers: LdesFollowersTable;
  reminders_sent: RemindersSentTable;
  contact_settings: ContactSettingsTable;
  conversation_messages: ConversationMessagesTable;
  conversation_reads: ConversationReadsTable;
  conversation_reports: ConversationReportsTable;
  attachments: AttachmentsTable;
  conversation_message_attachments: ConversationMessageAttachmentsTable;
  meetings: MeetingsTable;
  meeting_slots: MeetingSlotsTable;
  matchmaking_events: MatchmakingEventsTable;
  matchmaking_participants: MatchmakingParticipantsTable;
  matchmaking_requests: MatchmakingRequestsTable;
  matchmaking_follow_ups: MatchmakingFollowUpsTable;
}

export type OrganisationRow = Selectable<OrganisationsTable>;
export type PersonRow = Selectable<PeopleTable>;
export type ChallengeRow = Selectable<ChallengesTable>;
export type SolutionRow = Selectable<SolutionsTable>;
export type AuditEventRow = Selectable<AuditEventsTable>;
export type MatchRow = Selectable<MatchesTable>;
export type MatchEventRow = Selectable<MatchEventsTable>;
export type NotificationRow = Selectable<NotificationsTable>;
