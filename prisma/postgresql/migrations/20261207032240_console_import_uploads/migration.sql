-- CreateTable
CREATE TABLE "ConsoleImportUpload" (
    "id" SERIAL NOT NULL,
    "token" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "year" INTEGER,
    "prefillNational" BOOLEAN NOT NULL DEFAULT false,
    "fileName" TEXT NOT NULL,
    "content" TEXT NOT NULL,
    "sha256" TEXT NOT NULL,
    "uploadedById" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ConsoleImportUpload_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "ConsoleImportUpload_token_key" ON "ConsoleImportUpload"("token");

-- CreateIndex
CREATE INDEX "ConsoleImportUpload_expiresAt_idx" ON "ConsoleImportUpload"("expiresAt");
