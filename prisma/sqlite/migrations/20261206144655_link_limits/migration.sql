-- AlterTable
ALTER TABLE "LinkCode" ADD COLUMN "identityId" INTEGER;

-- CreateTable
CREATE TABLE "LinkFailure" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "at" DATETIME NOT NULL,
    "identityId" INTEGER NOT NULL,
    "employeeId" INTEGER,
    "reason" TEXT NOT NULL
);

-- CreateTable
CREATE TABLE "LinkGuard" (
    "employeeId" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "countAfterId" INTEGER NOT NULL DEFAULT 0,
    "resetAt" DATETIME,
    "touchedAt" DATETIME NOT NULL
);

-- CreateIndex
CREATE INDEX "LinkFailure_identityId_at_idx" ON "LinkFailure"("identityId", "at");

-- CreateIndex
CREATE INDEX "LinkFailure_employeeId_at_idx" ON "LinkFailure"("employeeId", "at");

-- CreateIndex
CREATE INDEX "LinkCode_identityId_createdAt_idx" ON "LinkCode"("identityId", "createdAt");
