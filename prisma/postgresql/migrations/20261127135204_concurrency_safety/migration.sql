-- AlterTable
ALTER TABLE "Order" ADD COLUMN     "refundedCents" INTEGER NOT NULL DEFAULT 0;

-- AlterTable
ALTER TABLE "Conversation" ADD COLUMN     "ownerVersion" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "turnLeaseOwner" TEXT,
ADD COLUMN     "turnLeaseUntil" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "Message" ADD COLUMN     "turnPending" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "ConversationEvent" ADD COLUMN     "onceKey" TEXT;

-- CreateTable
CREATE TABLE "RateLimit" (
    "key" TEXT NOT NULL,
    "hits" INTEGER NOT NULL,
    "windowStartedAt" TIMESTAMP(3) NOT NULL,
    "blockedUntil" TIMESTAMP(3),
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "RateLimit_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "OneTimeLink" (
    "id" TEXT NOT NULL,
    "purpose" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "workspaceId" TEXT,
    "subject" JSONB NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "consumedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "OneTimeLink_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "OneTimeLink_tokenHash_key" ON "OneTimeLink"("tokenHash");

-- CreateIndex
CREATE INDEX "OneTimeLink_purpose_createdAt_idx" ON "OneTimeLink"("purpose", "createdAt");

-- CreateIndex
CREATE INDEX "Message_turnPending_idx" ON "Message"("turnPending");

-- CreateIndex
CREATE UNIQUE INDEX "ConversationEvent_onceKey_key" ON "ConversationEvent"("onceKey");

-- Orders refunded before the counter existed start from what was already paid or filed for approval.
UPDATE "Order" SET "refundedCents" = (
    SELECT COALESCE(SUM("amountCents"), 0) FROM "Refund"
    WHERE "Refund"."orderId" = "Order"."id" AND "Refund"."status" IN ('completed', 'pending_approval')
);

