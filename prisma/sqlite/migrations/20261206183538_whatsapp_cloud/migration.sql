-- AlterTable
ALTER TABLE "ChatIdentity" ADD COLUMN "lastInboundAt" DATETIME;

-- AlterTable
ALTER TABLE "OutboxMessage" ADD COLUMN "deliveryStatus" TEXT;
ALTER TABLE "OutboxMessage" ADD COLUMN "deliveryStatusAt" DATETIME;

-- CreateIndex
CREATE INDEX "OutboxMessage_channel_channelMessageId_idx" ON "OutboxMessage"("channel", "channelMessageId");
