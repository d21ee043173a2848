-- AlterTable
ALTER TABLE "OutboundEmail" ADD COLUMN "replyTo" TEXT;
ALTER TABLE "OutboundEmail" ADD COLUMN "sender" TEXT;
