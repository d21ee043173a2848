/**
 * The server's message limit (MAX_MESSAGE_LENGTH in lib/realtime/events.ts), repeated here
 * because the chat bundle must not import that module and with it zod; a unit test keeps the
 * two equal.
 */
export const WIDGET_MESSAGE_LIMIT = 4000;
