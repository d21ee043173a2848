import { test } from "node:test";
import assert from "node:assert/strict";
import { deskMode } from "../../lib/desk-mode";

test("the one-command start on embedded SQLite is the demo; a database server means production", () => {
  assert.equal(deskMode({}).mode, "demo");
  assert.equal(deskMode({ DATABASE_URL: "file:./data/desk.db" }).mode, "demo");
  assert.equal(deskMode({ DATABASE_URL: "postgresql://postgres@db:5432/desk" }).mode, "production");
  assert.match(deskMode({ DATABASE_URL: "postgres://db/desk" }).reason, /database server/);
});

test("DESK_MODE overrides the default either way, and a mistyped value stops the start", () => {
  assert.equal(deskMode({ DESK_MODE: "demo", DATABASE_URL: "postgres://db/desk" }).mode, "demo");
  assert.equal(deskMode({ DESK_MODE: "production" }).mode, "production");
  assert.throws(() => deskMode({ DESK_MODE: "prod" }), /DESK_MODE must be "demo" or "production"/);
});
