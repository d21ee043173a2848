import { z } from "zod";
import { CONNECTOR_ACTIONS } from "@/lib/business/connector";
import { actionRouteSchema } from "@/lib/business/connector-settings";
import { connectorSampleSchema } from "@/lib/business/connector-test";

export const connectorTestBody = z.strictObject({
  action: z.enum(CONNECTOR_ACTIONS),
  /** The action's configuration as drafted on the page, saved or not. */
  route: actionRouteSchema,
  sample: connectorSampleSchema,
});
