-- AlterTable
ALTER TABLE "OutboundEmail" ADD COLUMN     "replyTo" TEXT,
ADD COLUMN     "sender" TEXT;
