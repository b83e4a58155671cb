-- AlterTable
ALTER TABLE "OutboxMessage" ADD COLUMN "channelMessageId" TEXT;
ALTER TABLE "OutboxMessage" ADD COLUMN "ref" TEXT;

-- CreateIndex
CREATE INDEX "OutboxMessage_channel_chatId_ref_idx" ON "OutboxMessage"("channel", "chatId", "ref");
