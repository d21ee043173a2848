import type { DeskListener } from "../dispatcher";
import { checkAlertRules } from "./alert-checks";
import { foldAnalyticsRollups } from "./analytics-rollups";
import { handOffEscalations } from "./handoffs";
import { sendAssignmentNotices } from "./assignment-notices";
import { fanOutToSockets } from "./socket-fan-out";
import { wakeWebhookSender } from "./webhooks";

/**
 * Everything the desk does once a write has committed, one listener per concern. A stored decision
 * to hand off is acted on first; then the assigned person hears; the rest only informs.
 */
export const deskListeners: readonly DeskListener[] = [handOffEscalations, sendAssignmentNotices, fanOutToSockets, checkAlertRules, foldAnalyticsRollups, wakeWebhookSender];
