// A response as its organisation reads it in the API. Prices are numeric columns, read as strings by the
// drivers, and go out as numbers.
import type { CallResponse } from './responses-schemas.ts';
import type { ResponseAttachmentRow, ResponseRow } from './responses-repository.ts';
import type { CallResponseAnswersTable } from '../db/call-tables.ts';

const price = (value: number | string | null) => (value === null ? null : Number(value));

export function presentResponse(
  response: ResponseRow,
  answers: CallResponseAnswersTable[],
  attachments: ResponseAttachmentRow[],
  context: { baseUrl: string; responsesUntil: Date; mayChange: boolean },
): CallResponse {
  return {
    id: response.id,
    callId: response.call_id,
    organisation: { id: response.organisation_id, name: response.organisation_name },
    solution: { id: response.solution_id, title: response.solution_title },
    status: response.status,
    submittedAt: response.submitted_at?.toISOString() ?? null,
    updatedAt: response.updated_at.toISOString(),
    responsesUntil: context.responsesUntil.toISOString(),
    mayChange: context.mayChange,
    answers: answers.map((a) => ({
      questionId: a.question_id,
      text: a.text_answer,
      choice: a.choice,
      yesNo: a.yes_no,
      priceFrom: price(a.price_from),
      priceTo: price(a.price_to),
    })),
    attachments: attachments.map((f) => ({
      id: f.id,
      name: f.name,
      mediaType: f.media_type,
      size: f.size,
      download: `${context.baseUrl}/api/v1/call-response-attachments/${f.id}`,
    })),
    links: {
      self: `${context.baseUrl}/api/v1/calls/${response.call_id}/responses`,
      page: `${context.baseUrl}/calls/${response.call_id}/response`,
    },
  };
}
