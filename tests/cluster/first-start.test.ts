// Three desk instances started at the same moment on one empty PostgreSQL schema, as a
// deployment's first rollout does: every one must come up, and the demo store exists once.
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { demoCustomerNames, demoStaff } from "../../lib/demo/people";
import { clusterSuiteOptions, DeskCluster, missingServices, warmIntentModel } from "./harness";

const missing = await missingServices();

describe("first start of three instances on an empty database", clusterSuiteOptions(missing), () => {
  const cluster = new DeskCluster();

  before(async () => {
    if (missing) throw new Error(`CI=true but the concurrency suite cannot run: ${missing}`);
    await warmIntentModel();
  });

  after(async () => {
    if (!missing) await cluster.stop();
  });

  test("all three become healthy and the demo store is seeded once", async () => {
    const instances = await cluster.add(3);
    await cluster.start(instances);

    const db = await cluster.database();
    const workspaces = await db.workspace.findMany({ select: { slug: true } });
    assert.deepEqual(workspaces.map((w) => w.slug), ["lumen"], "one demo workspace");
    assert.equal(await db.user.count(), demoStaff.length, "each demo staff member once");
    assert.equal(await db.customer.count(), demoCustomerNames.length, "each demo customer once");
  });
});
