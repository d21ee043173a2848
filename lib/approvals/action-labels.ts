import type { ApprovalAction } from "./approval-requests";

// Kept apart from approval-requests, which reads the event log, so browser code can name actions
// without pulling the database client into its bundle.
export const actionLabels: Record<ApprovalAction, string> = { refund: "refund", goodwill_credit: "goodwill credit" };
