-- DropIndex
DROP INDEX "SupervisorAlert_workspaceId_occurrenceKey_key";

-- AlterTable
ALTER TABLE "Workspace" ADD COLUMN     "alertRules" JSONB;

-- AlterTable (edited by hand: each stored occurrence key becomes the alert's key, and its open key while unacknowledged)
ALTER TABLE "SupervisorAlert" RENAME COLUMN "occurrenceKey" TO "key";
ALTER TABLE "SupervisorAlert" ADD COLUMN     "openKey" TEXT;
UPDATE "SupervisorAlert" SET "openKey" = "key" WHERE "acknowledgedAt" IS NULL;

-- CreateIndex
CREATE UNIQUE INDEX "SupervisorAlert_workspaceId_openKey_key" ON "SupervisorAlert"("workspaceId", "openKey");

-- AddForeignKey
ALTER TABLE "SupervisorAlert" ADD CONSTRAINT "SupervisorAlert_acknowledgedById_fkey" FOREIGN KEY ("acknowledgedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
