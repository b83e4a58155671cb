-- AlterTable
ALTER TABLE "LinkCode" ADD COLUMN     "identityId" INTEGER;

-- CreateTable
CREATE TABLE "LinkFailure" (
    "id" SERIAL NOT NULL,
    "at" TIMESTAMP(3) NOT NULL,
    "identityId" INTEGER NOT NULL,
    "employeeId" INTEGER,
    "reason" TEXT NOT NULL,

    CONSTRAINT "LinkFailure_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LinkGuard" (
    "employeeId" INTEGER NOT NULL,
    "countAfterId" INTEGER NOT NULL DEFAULT 0,
    "resetAt" TIMESTAMP(3),
    "touchedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "LinkGuard_pkey" PRIMARY KEY ("employeeId")
);

-- CreateIndex
CREATE INDEX "LinkFailure_identityId_at_idx" ON "LinkFailure"("identityId", "at");

-- CreateIndex
CREATE INDEX "LinkFailure_employeeId_at_idx" ON "LinkFailure"("employeeId", "at");

-- CreateIndex
CREATE INDEX "LinkCode_identityId_createdAt_idx" ON "LinkCode"("identityId", "createdAt");
