-- CreateEnum
CREATE TYPE "OutboxLane" AS ENUM ('INTERACTIVE', 'BULK');

-- AlterTable
ALTER TABLE "OutboxMessage" ADD COLUMN     "lane" "OutboxLane" NOT NULL DEFAULT 'INTERACTIVE';

-- CreateIndex
CREATE INDEX "OutboxMessage_status_lane_id_idx" ON "OutboxMessage"("status", "lane", "id");
