import { test } from "node:test";
import assert from "node:assert/strict";
import { openDemoDatabase } from "../agents/pipeline-harness";

// The demo page hands the widget an identity proof for the shopper a visitor "signs in" as. It must
// never become an oracle for real customers: only in demo mode, only for the made-up shoppers.
test("the demo store signs only for the seed's made-up shoppers, and not at all in production mode", async () => {
  const { db, workspaceId, close } = await openDemoDatabase();
  try {
    const { demoStoreVisit } = await import("../../lib/demo/shoppers");
    const { identityHash } = await import("../../lib/widget/identity");
    const workspace = await db.workspace.findUniqueOrThrow({ where: { id: workspaceId } });

    assert.equal(await demoStoreVisit(db, "production", "cus_1001"), null, "production mode: no demo store page at all (404)");

    const anonymous = await demoStoreVisit(db, "demo", undefined);
    assert.ok(anonymous?.suggested, "the page suggests a shopper to sign in as");
    const shopper = await demoStoreVisit(db, "demo", anonymous.suggested.externalId);
    assert.equal(shopper?.signedIn?.identityHash, identityHash(anonymous.suggested.externalId, workspace.widgetSecret));

    // A real customer in the same workspace (as the widget or an import would add one) gets no proof.
    await db.customer.create({ data: { workspaceId, externalId: "cus_9001", name: "Real Person", email: "real@customer.test" } });
    const impersonation = await demoStoreVisit(db, "demo", "cus_9001");
    assert.equal(impersonation?.signedIn, null);
    assert.equal((await demoStoreVisit(db, "demo", "anything-else"))?.signedIn, null);

    // A workspace that is merely called "lumen", without the seed's record of its shoppers, is no demo store.
    await db.auditLog.deleteMany({ where: { workspaceId, action: "demo.store_created" } });
    assert.equal(await demoStoreVisit(db, "demo", "cus_1001"), null);
  } finally {
    await close();
  }
});
