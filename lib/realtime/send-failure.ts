import { isDatabaseUnavailable } from "../db/unavailable";

export interface SendFailure {
  error: string;
  /** The same message will be sent again by the widget; only when waiting can make it succeed. */
  retryable: boolean;
}

/**
 * What the customer is told when their message could not be stored. A resend is promised only
 * when the database was out of reach; a message the database refuses would fail the same way on
 * every resend, so the customer is told instead and keeps their text to change it.
 */
export function customerSendFailure(error: unknown): SendFailure {
  if (isDatabaseUnavailable(error)) return { error: "The message could not be saved yet; it will be resent.", retryable: true };
  return { error: "This message could not be saved. Change it and send it again.", retryable: false };
}
