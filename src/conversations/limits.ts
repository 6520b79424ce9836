// How long a message may be, shared by the API schema, the form and the service.
export const MAX_MESSAGE_LENGTH = 4000;
