-- DropIndex
DROP INDEX "OutboxMessage_channel_channelMessageId_idx";

-- DropIndex
DROP INDEX "OutboxMessage_channel_chatId_ref_idx";

-- DropIndex
DROP INDEX "OutboxMessage_channel_chatId_status_idx";

-- DropIndex
DROP INDEX "OutboxMessage_status_nextAttemptAt_idx";

-- CreateIndex
CREATE INDEX "OutboxMessage_channel_chatId_status_ref_idx" ON "OutboxMessage"("channel", "chatId", "status", "ref");

-- CreateIndex
CREATE INDEX "OutboxMessage_channelMessageId_idx" ON "OutboxMessage"("channelMessageId");
