// How long a message may be and what may be attached to it, shared by the API schema, the form and the service.
import type { AttachmentPolicy } from '../attachments/policy.ts';

export const MAX_MESSAGE_LENGTH = 4000;

/** PDF, PNG or JPEG, checked by content; 10 MB each, five per message. */
export const MESSAGE_ATTACHMENTS: AttachmentPolicy = {
  types: ['application/pdf', 'image/png', 'image/jpeg'],
  maxBytes: 10 * 1024 * 1024,
  maxFiles: 5,
};
