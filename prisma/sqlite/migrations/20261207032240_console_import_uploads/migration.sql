-- CreateTable
CREATE TABLE "ConsoleImportUpload" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "token" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "year" INTEGER,
    "prefillNational" BOOLEAN NOT NULL DEFAULT false,
    "fileName" TEXT NOT NULL,
    "content" TEXT NOT NULL,
    "sha256" TEXT NOT NULL,
    "uploadedById" INTEGER NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" DATETIME NOT NULL
);

-- CreateIndex
CREATE UNIQUE INDEX "ConsoleImportUpload_token_key" ON "ConsoleImportUpload"("token");

-- CreateIndex
CREATE INDEX "ConsoleImportUpload_expiresAt_idx" ON "ConsoleImportUpload"("expiresAt");
