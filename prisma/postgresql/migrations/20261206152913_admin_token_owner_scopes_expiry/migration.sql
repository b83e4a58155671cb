-- AlterTable
ALTER TABLE "AdminToken" ADD COLUMN     "expiresAt" TIMESTAMP(3),
ADD COLUMN     "ownerId" INTEGER,
ADD COLUMN     "scopes" TEXT NOT NULL DEFAULT '';

-- CreateIndex
CREATE INDEX "AdminToken_ownerId_idx" ON "AdminToken"("ownerId");

-- AddForeignKey
ALTER TABLE "AdminToken" ADD CONSTRAINT "AdminToken_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "Employee"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Tokens made before owners, scopes and expiry could do everything, forever: revoke them, audited.
INSERT INTO "AuditLog" ("at", "actorType", "actorName", "action", "entity", "entityId", "data")
SELECT (now() AT TIME ZONE 'UTC'), 'SYSTEM', 'migration', 'admin_token.revoked', 'AdminToken', "id"::text, '{"reason":"made before tokens had an owner, scopes and an expiry"}'::jsonb
FROM "AdminToken" WHERE "revokedAt" IS NULL;
UPDATE "AdminToken" SET "revokedAt" = (now() AT TIME ZONE 'UTC') WHERE "revokedAt" IS NULL;
