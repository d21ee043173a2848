/**
 * What a human reading a brief must never see in the customer's words: card numbers, one-time
 * codes and passwords. Customers paste them into chats; the brief travels further than the chat
 * (webhooks, other agents), so they are masked wherever customer text is quoted.
 */

// 13–19 digits, optionally grouped by spaces or dashes: every card network's number length.
const CARD_NUMBER = /\b\d(?:[ -]?\d){12,18}\b/g;
// A short number right after a word that names it as a secret; order numbers are left alone.
const NAMED_CODE = /\b(code|otp|pin|cvv|cvc|security code|verification code|passcode)(\s*(?:is|was|:|=|#)?\s*)\d{3,8}\b/gi;
const PASSWORD = /\b(password|passwd|pwd|passphrase)(\s*(?:is|was|:|=)\s*|\s+)\S+/gi;

export const REDACTED = "[redacted]";

export function redactSensitive(text: string): string {
  return text
    .replace(CARD_NUMBER, "[card number redacted]")
    .replace(NAMED_CODE, (_match, word: string, glue: string) => `${word}${glue}${REDACTED}`)
    .replace(PASSWORD, (_match, word: string, glue: string) => `${word}${glue}${REDACTED}`);
}
