-- CreateTable
CREATE TABLE "AnalyticsConversationFold" (
    "conversationId" TEXT NOT NULL PRIMARY KEY,
    "workspaceId" TEXT NOT NULL,
    "day" TEXT NOT NULL,
    "contribution" JSONB NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 0,
    "foldedAt" DATETIME NOT NULL,
    CONSTRAINT "AnalyticsConversationFold_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "AnalyticsRollupState" (
    "workspaceId" TEXT NOT NULL PRIMARY KEY,
    "shape" INTEGER NOT NULL,
    "builtAt" DATETIME,
    "rebuildingUntil" DATETIME,
    CONSTRAINT "AnalyticsRollupState_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_AnalyticsRollup" (
    "workspaceId" TEXT NOT NULL,
    "day" TEXT NOT NULL,
    "slice" TEXT NOT NULL,
    "tally" JSONB NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 0,
    "builtAt" DATETIME NOT NULL,

    PRIMARY KEY ("workspaceId", "day", "slice"),
    CONSTRAINT "AnalyticsRollup_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
-- The old per-day cache is dropped: the rollups are rebuilt from the event log in the new shape.
DROP TABLE "AnalyticsRollup";
ALTER TABLE "new_AnalyticsRollup" RENAME TO "AnalyticsRollup";
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "AnalyticsConversationFold_workspaceId_idx" ON "AnalyticsConversationFold"("workspaceId");
