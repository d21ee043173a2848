-- The old per-day cache is dropped: the rollups are rebuilt from the event log in the new shape.
DELETE FROM "AnalyticsRollup";

-- AlterTable
ALTER TABLE "AnalyticsRollup" DROP CONSTRAINT "AnalyticsRollup_pkey",
ADD COLUMN     "slice" TEXT NOT NULL,
ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 0,
ADD CONSTRAINT "AnalyticsRollup_pkey" PRIMARY KEY ("workspaceId", "day", "slice");

-- CreateTable
CREATE TABLE "AnalyticsConversationFold" (
    "conversationId" TEXT NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "day" TEXT NOT NULL,
    "contribution" JSONB NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 0,
    "foldedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "AnalyticsConversationFold_pkey" PRIMARY KEY ("conversationId")
);

-- CreateTable
CREATE TABLE "AnalyticsRollupState" (
    "workspaceId" TEXT NOT NULL,
    "shape" INTEGER NOT NULL,
    "builtAt" TIMESTAMP(3),
    "rebuildingUntil" TIMESTAMP(3),

    CONSTRAINT "AnalyticsRollupState_pkey" PRIMARY KEY ("workspaceId")
);

-- CreateIndex
CREATE INDEX "AnalyticsConversationFold_workspaceId_idx" ON "AnalyticsConversationFold"("workspaceId");

-- AddForeignKey
ALTER TABLE "AnalyticsConversationFold" ADD CONSTRAINT "AnalyticsConversationFold_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AnalyticsRollupState" ADD CONSTRAINT "AnalyticsRollupState_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;
