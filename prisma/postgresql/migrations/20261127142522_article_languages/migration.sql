-- DropIndex
DROP INDEX "KnowledgeArticle_workspaceId_slug_key";

-- AlterTable
ALTER TABLE "KnowledgeArticle" ADD COLUMN     "language" TEXT NOT NULL DEFAULT 'en';

-- CreateIndex
CREATE UNIQUE INDEX "KnowledgeArticle_workspaceId_slug_language_key" ON "KnowledgeArticle"("workspaceId", "slug", "language");
