// What may be attached to a call response, shared by the API, the form and the service.
import type { AttachmentPolicy } from '../attachments/policy.ts';

/** PDF only, checked by content; 10 MB each, five per response. */
export const RESPONSE_ATTACHMENTS: AttachmentPolicy = {
  types: ['application/pdf'],
  maxBytes: 10 * 1024 * 1024,
  maxFiles: 5,
};
