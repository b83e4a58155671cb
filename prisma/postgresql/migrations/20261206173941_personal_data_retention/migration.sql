-- AlterTable
ALTER TABLE "LeaveDocument" ADD COLUMN     "purgedAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "LinkCode" ADD COLUMN     "lookup" TEXT,
ALTER COLUMN "codeHash" DROP NOT NULL;

-- CreateTable
CREATE TABLE "RetentionMark" (
    "kind" TEXT NOT NULL,
    "throughId" INTEGER NOT NULL DEFAULT 0,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "RetentionMark_pkey" PRIMARY KEY ("kind")
);

-- CreateIndex
CREATE INDEX "LinkCode_lookup_idx" ON "LinkCode"("lookup");

-- CreateIndex
CREATE INDEX "LinkCode_createdAt_idx" ON "LinkCode"("createdAt");

-- CreateIndex
CREATE INDEX "LinkFailure_at_idx" ON "LinkFailure"("at");

-- Codes made before salted hashes were stored as a plain sha256, which a database copy could be searched
-- against: wipe those hashes and end the codes that were still live (HR issues new link codes).
UPDATE "LinkCode" SET "expiresAt" = (now() AT TIME ZONE 'UTC') WHERE "usedAt" IS NULL AND "expiresAt" > (now() AT TIME ZONE 'UTC');
UPDATE "LinkCode" SET "codeHash" = NULL;
