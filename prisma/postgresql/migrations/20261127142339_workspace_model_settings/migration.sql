-- AlterTable
ALTER TABLE "Workspace" ADD COLUMN     "modelSettings" JSONB;
