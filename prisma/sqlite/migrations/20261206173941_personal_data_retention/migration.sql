-- AlterTable
ALTER TABLE "LeaveDocument" ADD COLUMN "purgedAt" DATETIME;

-- CreateTable
CREATE TABLE "RetentionMark" (
    "kind" TEXT NOT NULL PRIMARY KEY,
    "throughId" INTEGER NOT NULL DEFAULT 0,
    "updatedAt" DATETIME NOT NULL
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_LinkCode" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "codeHash" TEXT,
    "lookup" TEXT,
    "employeeId" INTEGER NOT NULL,
    "purpose" TEXT NOT NULL DEFAULT 'LINK',
    "expiresAt" DATETIME NOT NULL,
    "usedAt" DATETIME,
    "createdBy" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "identityId" INTEGER,
    CONSTRAINT "LinkCode_employeeId_fkey" FOREIGN KEY ("employeeId") REFERENCES "Employee" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_LinkCode" ("codeHash", "createdAt", "createdBy", "employeeId", "expiresAt", "id", "identityId", "purpose", "usedAt") SELECT "codeHash", "createdAt", "createdBy", "employeeId", "expiresAt", "id", "identityId", "purpose", "usedAt" FROM "LinkCode";
DROP TABLE "LinkCode";
ALTER TABLE "new_LinkCode" RENAME TO "LinkCode";
CREATE UNIQUE INDEX "LinkCode_codeHash_key" ON "LinkCode"("codeHash");
CREATE INDEX "LinkCode_employeeId_idx" ON "LinkCode"("employeeId");
CREATE INDEX "LinkCode_identityId_createdAt_idx" ON "LinkCode"("identityId", "createdAt");
CREATE INDEX "LinkCode_lookup_idx" ON "LinkCode"("lookup");
CREATE INDEX "LinkCode_createdAt_idx" ON "LinkCode"("createdAt");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "LinkFailure_at_idx" ON "LinkFailure"("at");

-- Codes made before salted hashes were stored as a plain sha256, which a database copy could be searched
-- against: wipe those hashes and end the codes that were still live (HR issues new link codes).
UPDATE "LinkCode" SET "expiresAt" = strftime('%Y-%m-%dT%H:%M:%f+00:00', 'now') WHERE "usedAt" IS NULL AND "expiresAt" > strftime('%Y-%m-%dT%H:%M:%f+00:00', 'now');
UPDATE "LinkCode" SET "codeHash" = NULL;
