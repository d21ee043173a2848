-- AlterTable
ALTER TABLE "Workspace" ADD COLUMN "alertRules" JSONB;

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_SupervisorAlert" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "workspaceId" TEXT NOT NULL,
    "rule" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "openKey" TEXT,
    "message" TEXT NOT NULL,
    "detail" JSONB NOT NULL,
    "raisedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "acknowledgedAt" DATETIME,
    "acknowledgedById" TEXT,
    CONSTRAINT "SupervisorAlert_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "SupervisorAlert_acknowledgedById_fkey" FOREIGN KEY ("acknowledgedById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
-- Edited by hand: each stored occurrence key becomes the alert's key, and its open key while unacknowledged.
INSERT INTO "new_SupervisorAlert" ("acknowledgedAt", "acknowledgedById", "detail", "id", "message", "raisedAt", "rule", "workspaceId", "key", "openKey") SELECT "acknowledgedAt", "acknowledgedById", "detail", "id", "message", "raisedAt", "rule", "workspaceId", "occurrenceKey", CASE WHEN "acknowledgedAt" IS NULL THEN "occurrenceKey" END FROM "SupervisorAlert";
DROP TABLE "SupervisorAlert";
ALTER TABLE "new_SupervisorAlert" RENAME TO "SupervisorAlert";
CREATE INDEX "SupervisorAlert_workspaceId_raisedAt_idx" ON "SupervisorAlert"("workspaceId", "raisedAt");
CREATE UNIQUE INDEX "SupervisorAlert_workspaceId_openKey_key" ON "SupervisorAlert"("workspaceId", "openKey");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
