import { randomUUID } from "node:crypto";
import { z } from "zod";
import type { Db } from "../db";
import { ConnectorFailure, type ActionInputs, type ConnectorAction, type ConnectorCustomer } from "./connector";
import { readConnectorSettings, type ActionRoute } from "./connector-settings";
import { workspaceConnector } from "./workspace-connector";

/**
 * "Test this action" on the connector admin page: one real call of one action, with the
 * configuration as drafted (saved or not) and example input the admin gives, so a mapping can
 * be checked before customers depend on it. It acts for real, as the AI would.
 */

export const connectorSampleSchema = z.strictObject({
  customerEmail: z.string().trim().toLowerCase().email("Give the email of a customer to act for.").max(254),
  orderNumber: z.string().trim().regex(/^[A-Za-z0-9-]{1,40}$/, "An order number has letters, digits and dashes only.").optional(),
  amountCents: z.number().int().positive().max(100_000_000).optional(),
  newEmail: z.string().trim().toLowerCase().email("Give a valid new email address.").max(254).optional(),
  change: z.enum(["cancel", "basic", "pro", "premium"]).optional(),
  address: z
    .strictObject({ line1: z.string().trim().min(3).max(120), city: z.string().trim().min(2).max(80), postalCode: z.string().trim().min(3).max(12), country: z.string().trim().length(2) })
    .optional(),
});
export type ConnectorSample = z.infer<typeof connectorSampleSchema>;

type SampleInput = { input: ActionInputs[ConnectorAction] } | { missing: string };

/** The action's input from the example, or which example field it still needs. */
export function sampleInput(action: ConnectorAction, sample: ConnectorSample): SampleInput {
  const need = (field: string) => ({ missing: `${field} is needed to test this action.` });
  switch (action) {
    case "lookupCustomer":
    case "passwordReset":
      return { input: {} };
    case "lookupOrder":
      return { input: { orderNumber: sample.orderNumber ?? null } };
    case "refund":
      if (!sample.orderNumber) return need("An order number");
      if (!sample.amountCents) return need("An amount");
      return { input: { orderNumber: sample.orderNumber, amountCents: sample.amountCents, reason: "Connector test from the admin page", limitCents: sample.amountCents } };
    case "cancelOrder":
      return sample.orderNumber ? { input: { orderNumber: sample.orderNumber } } : need("An order number");
    case "changeAddress":
      if (!sample.orderNumber) return need("An order number");
      return sample.address ? { input: { orderNumber: sample.orderNumber, address: sample.address } } : need("An address");
    case "changeSubscription":
      return sample.change ? { input: { change: sample.change } } : need("A membership change");
    case "emailChange":
      return sample.newEmail ? { input: { newEmail: sample.newEmail } } : need("A new email");
  }
}

export type ConnectorTestOutcome =
  | { ok: true; result: unknown }
  | { ok: false; kind: ConnectorFailure["kind"] | "invalid_example"; detail: string; attempts: number };

export async function testConnectorAction(
  db: Db,
  input: { workspaceId: string; userId: string; action: ConnectorAction; route: ActionRoute; sample: ConnectorSample },
): Promise<ConnectorTestOutcome> {
  const built = sampleInput(input.action, input.sample);
  if ("missing" in built) return { ok: false, kind: "invalid_example", detail: built.missing, attempts: 0 };
  const known = await db.customer.findUnique({ where: { workspaceId_email: { workspaceId: input.workspaceId, email: input.sample.customerEmail } } });
  // The demo store acts only on its own customers; a business's system may know people the desk has not met.
  if (!known && input.route.type === "demo") return { ok: false, kind: "invalid_example", detail: `No customer with the email ${input.sample.customerEmail} in the demo store.`, attempts: 0 };
  const customer: ConnectorCustomer = known
    ? { id: known.id, externalId: known.externalId, email: known.email, name: known.name }
    : { id: "connector-test", externalId: null, email: input.sample.customerEmail, name: "Connector test" };
  // The drafted route, under the workspace's saved choice about private networks: the test button reaches no address the AI could not.
  const workspace = await db.workspace.findUniqueOrThrow({ where: { id: input.workspaceId }, select: { connectorSettings: true } });
  const { allowPrivateNetworks } = readConnectorSettings(workspace.connectorSettings).settings;
  const connector = workspaceConnector({
    db,
    workspaceId: input.workspaceId,
    actor: { type: "user", id: input.userId },
    now: new Date(),
    stored: { actions: { [input.action]: input.route }, allowPrivateNetworks },
  });
  try {
    const result = await connector.run(input.action, { customer, input: built.input, idempotencyKey: `test:${randomUUID()}` });
    return { ok: true, result };
  } catch (error) {
    if (!(error instanceof ConnectorFailure)) throw error;
    return { ok: false, kind: error.kind, detail: error.detail, attempts: error.attempts };
  }
}
