-- AlterTable
ALTER TABLE "ChatIdentity" ADD COLUMN     "lastInboundAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "OutboxMessage" ADD COLUMN     "deliveryStatus" TEXT,
ADD COLUMN     "deliveryStatusAt" TIMESTAMP(3);

-- CreateIndex
CREATE INDEX "OutboxMessage_channel_channelMessageId_idx" ON "OutboxMessage"("channel", "channelMessageId");
