-- CreateTable
CREATE TABLE "AnalyticsRollup" (
    "workspaceId" TEXT NOT NULL,
    "day" TEXT NOT NULL,
    "tally" JSONB NOT NULL,
    "builtAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "AnalyticsRollup_pkey" PRIMARY KEY ("workspaceId","day")
);

-- CreateTable
CREATE TABLE "SupervisorAlert" (
    "id" TEXT NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "rule" TEXT NOT NULL,
    "occurrenceKey" TEXT NOT NULL,
    "message" TEXT NOT NULL,
    "detail" JSONB NOT NULL,
    "raisedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "acknowledgedAt" TIMESTAMP(3),
    "acknowledgedById" TEXT,

    CONSTRAINT "SupervisorAlert_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "SupervisorAlert_workspaceId_raisedAt_idx" ON "SupervisorAlert"("workspaceId", "raisedAt");

-- CreateIndex
CREATE UNIQUE INDEX "SupervisorAlert_workspaceId_occurrenceKey_key" ON "SupervisorAlert"("workspaceId", "occurrenceKey");

-- AddForeignKey
ALTER TABLE "AnalyticsRollup" ADD CONSTRAINT "AnalyticsRollup_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SupervisorAlert" ADD CONSTRAINT "SupervisorAlert_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;
