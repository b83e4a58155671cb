-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_ConsoleImportUpload" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "token" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "options" JSONB NOT NULL,
    "fileName" TEXT NOT NULL,
    "content" TEXT NOT NULL,
    "sha256" TEXT NOT NULL,
    "uploadedById" INTEGER NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" DATETIME NOT NULL
);
-- Uploads waiting for their confirmation keep their holiday choices, now in "options".
INSERT INTO "new_ConsoleImportUpload" ("content", "createdAt", "expiresAt", "fileName", "id", "kind", "options", "sha256", "token", "uploadedById") SELECT "content", "createdAt", "expiresAt", "fileName", "id", "kind", json_object('year', "year", 'prefillNational', json(CASE WHEN "prefillNational" THEN 'true' ELSE 'false' END)), "sha256", "token", "uploadedById" FROM "ConsoleImportUpload";
DROP TABLE "ConsoleImportUpload";
ALTER TABLE "new_ConsoleImportUpload" RENAME TO "ConsoleImportUpload";
CREATE UNIQUE INDEX "ConsoleImportUpload_token_key" ON "ConsoleImportUpload"("token");
CREATE INDEX "ConsoleImportUpload_expiresAt_idx" ON "ConsoleImportUpload"("expiresAt");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
