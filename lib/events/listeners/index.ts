import type { DeskListener } from "../dispatcher";
import { checkAlertRules } from "./alert-checks";
import { foldAnalyticsRollups } from "./analytics-rollups";
import { sendAssignmentNotices } from "./assignment-notices";
import { fanOutToSockets } from "./socket-fan-out";
import { wakeWebhookSender } from "./webhooks";

/**
 * Everything the desk does once a write has committed, one listener per concern. The assigned
 * person hears first; the rest only informs.
 */
export const deskListeners: readonly DeskListener[] = [sendAssignmentNotices, fanOutToSockets, checkAlertRules, foldAnalyticsRollups, wakeWebhookSender];
