// Row types of open calls (src/calls): the call and its parts, responses, scores and reminders sent.
import type { ColumnType, Generated } from 'kysely';

type CreatedAt = ColumnType<Date, Date | string | undefined, never>;
type UpdatedAt = ColumnType<Date, Date | string | undefined, Date | string>;
type Timestamp = ColumnType<Date, Date | string, Date | string>;

export interface CallsTable {
  id: Generated<string>;
  challenge_id: string;
  kind: 'market_consultation' | 'request_for_information' | 'call_for_pilots';
  status: Generated<'draft' | 'submitted' | 'returned' | 'open'>;
  eligibility: Generated<string>;
  questions_until: Timestamp;
  responses_until: Timestamp;
  evaluation_until: Timestamp;
  result_date: Timestamp;
  publish_result: boolean;
  return_reason: string | null;
  created_by: string | null;
  reviewed_by: string | null;
  opened_at: Timestamp | null;
  /** When the owner recorded the decision: feedback went to every respondent then. */
  decided_at: Generated<Date | null>;
  decided_by: Generated<string | null>;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
}

export interface CallQuestionsTable {
  id: Generated<string>;
  call_id: string;
  position: number;
  kind: 'text' | 'choice' | 'yes_no' | 'price_range';
  prompt: string;
  max_length: number | null;
  options: Generated<string[]>;
}

export interface CallCriteriaTable {
  id: Generated<string>;
  call_id: string;
  position: number;
  name: string;
  weight: number;
}

export interface CallPanelMembersTable {
  call_id: string;
  person_id: string;
  /** Declared before seeing any response: 'none' may score, 'conflict' is excused. */
  conflict: Generated<'none' | 'conflict' | null>;
  declared_at: Generated<Date | null>;
}

export interface CallClarificationsTable {
  id: Generated<string>;
  call_id: string;
  text: string;
  written_by: string | null;
  created_at: CreatedAt;
}

/** A question anyone signed in asks about a call; its answer is public, the asker never shown. */
export interface CallPublicQuestionsTable {
  id: Generated<string>;
  call_id: string;
  question: string;
  asked_by: string | null;
  asked_at: CreatedAt;
  answer: string | null;
  answered_by: string | null;
  answered_at: Timestamp | null;
}

/** A provider's response with one of its solutions; one per organisation and call. */
export interface CallResponsesTable {
  id: Generated<string>;
  call_id: string;
  organisation_id: string;
  solution_id: string;
  status: Generated<'draft' | 'submitted' | 'withdrawn'>;
  created_by: string | null;
  submitted_at: Timestamp | null;
  decision: Generated<'shortlist' | 'invite_to_pilot' | 'award' | 'no_award' | null>;
  decision_reasons: Generated<string | null>;
  match_id: Generated<string | null>;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
}

/** One answer per question; which column holds it follows the question's kind. */
export interface CallResponseAnswersTable {
  response_id: string;
  question_id: string;
  text_answer: string | null;
  choice: string | null;
  yes_no: boolean | null;
  price_from: number | null;
  price_to: number | null;
}

export interface CallResponseAttachmentsTable {
  response_id: string;
  attachment_id: string;
  position: number;
}

export interface CallScoresTable {
  response_id: string;
  criterion_id: string;
  person_id: string;
  score: number;
  comment: Generated<string>;
  scored_at: CreatedAt;
}

export interface CallRemindersSentTable {
  call_id: string;
  phase: 'questions' | 'responses' | 'evaluation' | 'result';
  sent_at: CreatedAt;
}

export interface CallTables {
  calls: CallsTable;
  call_questions: CallQuestionsTable;
  call_criteria: CallCriteriaTable;
  call_panel_members: CallPanelMembersTable;
  call_clarifications: CallClarificationsTable;
  call_public_questions: CallPublicQuestionsTable;
  call_responses: CallResponsesTable;
  call_response_answers: CallResponseAnswersTable;
  call_response_attachments: CallResponseAttachmentsTable;
  call_scores: CallScoresTable;
  call_reminders_sent: CallRemindersSentTable;
}
