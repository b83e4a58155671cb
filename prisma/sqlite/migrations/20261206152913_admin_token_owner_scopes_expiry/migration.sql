-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_AdminToken" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "name" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "ownerId" INTEGER,
    "scopes" TEXT NOT NULL DEFAULT '',
    "expiresAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "revokedAt" DATETIME,
    "lastUsedAt" DATETIME,
    CONSTRAINT "AdminToken_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "Employee" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_AdminToken" ("createdAt", "id", "lastUsedAt", "name", "revokedAt", "tokenHash") SELECT "createdAt", "id", "lastUsedAt", "name", "revokedAt", "tokenHash" FROM "AdminToken";
DROP TABLE "AdminToken";
ALTER TABLE "new_AdminToken" RENAME TO "AdminToken";
CREATE UNIQUE INDEX "AdminToken_tokenHash_key" ON "AdminToken"("tokenHash");
CREATE INDEX "AdminToken_ownerId_idx" ON "AdminToken"("ownerId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- Tokens made before owners, scopes and expiry could do everything, forever: revoke them, audited.
INSERT INTO "AuditLog" ("at", "actorType", "actorName", "action", "entity", "entityId", "data")
SELECT strftime('%Y-%m-%dT%H:%M:%f+00:00', 'now'), 'SYSTEM', 'migration', 'admin_token.revoked', 'AdminToken', CAST("id" AS TEXT), '{"reason":"made before tokens had an owner, scopes and an expiry"}'
FROM "AdminToken" WHERE "revokedAt" IS NULL;
UPDATE "AdminToken" SET "revokedAt" = strftime('%Y-%m-%dT%H:%M:%f+00:00', 'now') WHERE "revokedAt" IS NULL;
