-- CreateTable
CREATE TABLE "AnalyticsRollup" (
    "workspaceId" TEXT NOT NULL,
    "day" TEXT NOT NULL,
    "tally" JSONB NOT NULL,
    "builtAt" DATETIME NOT NULL,

    PRIMARY KEY ("workspaceId", "day"),
    CONSTRAINT "AnalyticsRollup_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "SupervisorAlert" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "workspaceId" TEXT NOT NULL,
    "rule" TEXT NOT NULL,
    "occurrenceKey" TEXT NOT NULL,
    "message" TEXT NOT NULL,
    "detail" JSONB NOT NULL,
    "raisedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "acknowledgedAt" DATETIME,
    "acknowledgedById" TEXT,
    CONSTRAINT "SupervisorAlert_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "SupervisorAlert_workspaceId_raisedAt_idx" ON "SupervisorAlert"("workspaceId", "raisedAt");

-- CreateIndex
CREATE UNIQUE INDEX "SupervisorAlert_workspaceId_occurrenceKey_key" ON "SupervisorAlert"("workspaceId", "occurrenceKey");
