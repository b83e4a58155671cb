-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_OutboxMessage" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "channel" TEXT NOT NULL,
    "chatId" TEXT NOT NULL,
    "payload" JSONB NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'PENDING',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "nextAttemptAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lockedUntil" DATETIME,
    "lockedBy" TEXT,
    "lastError" TEXT,
    "dedupeKey" TEXT,
    "priority" INTEGER NOT NULL DEFAULT 0,
    "lane" TEXT NOT NULL DEFAULT 'INTERACTIVE',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "sentAt" DATETIME,
    "ref" TEXT,
    "channelMessageId" TEXT,
    "deliveryStatus" TEXT,
    "deliveryStatusAt" DATETIME
);
INSERT INTO "new_OutboxMessage" ("attempts", "channel", "channelMessageId", "chatId", "createdAt", "dedupeKey", "deliveryStatus", "deliveryStatusAt", "id", "lastError", "lockedBy", "lockedUntil", "nextAttemptAt", "payload", "priority", "ref", "sentAt", "status") SELECT "attempts", "channel", "channelMessageId", "chatId", "createdAt", "dedupeKey", "deliveryStatus", "deliveryStatusAt", "id", "lastError", "lockedBy", "lockedUntil", "nextAttemptAt", "payload", "priority", "ref", "sentAt", "status" FROM "OutboxMessage";
DROP TABLE "OutboxMessage";
ALTER TABLE "new_OutboxMessage" RENAME TO "OutboxMessage";
CREATE UNIQUE INDEX "OutboxMessage_dedupeKey_key" ON "OutboxMessage"("dedupeKey");
CREATE INDEX "OutboxMessage_status_nextAttemptAt_idx" ON "OutboxMessage"("status", "nextAttemptAt");
CREATE INDEX "OutboxMessage_channel_chatId_status_idx" ON "OutboxMessage"("channel", "chatId", "status");
CREATE INDEX "OutboxMessage_channel_chatId_ref_idx" ON "OutboxMessage"("channel", "chatId", "ref");
CREATE INDEX "OutboxMessage_channel_channelMessageId_idx" ON "OutboxMessage"("channel", "channelMessageId");
CREATE INDEX "OutboxMessage_status_lane_id_idx" ON "OutboxMessage"("status", "lane", "id");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
