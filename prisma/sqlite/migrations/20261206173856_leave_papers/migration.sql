-- CreateTable
CREATE TABLE "LeavePaper" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "requestId" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'CURRENT',
    "verificationCode" TEXT NOT NULL,
    "number" TEXT,
    "numberScope" TEXT,
    "numberYear" INTEGER,
    "sequence" INTEGER,
    "requestVersion" INTEGER NOT NULL,
    "facts" JSONB NOT NULL,
    "issuedAt" DATETIME NOT NULL,
    "endedAt" DATETIME,
    CONSTRAINT "LeavePaper_requestId_fkey" FOREIGN KEY ("requestId") REFERENCES "LeaveRequest" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "LetterCounter" (
    "scope" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "last" INTEGER NOT NULL,

    PRIMARY KEY ("scope", "year")
);

-- CreateIndex
CREATE UNIQUE INDEX "LeavePaper_verificationCode_key" ON "LeavePaper"("verificationCode");

-- CreateIndex
CREATE INDEX "LeavePaper_kind_issuedAt_idx" ON "LeavePaper"("kind", "issuedAt");

-- CreateIndex
CREATE UNIQUE INDEX "LeavePaper_requestId_kind_version_key" ON "LeavePaper"("requestId", "kind", "version");

-- CreateIndex
CREATE UNIQUE INDEX "LeavePaper_numberScope_numberYear_sequence_key" ON "LeavePaper"("numberScope", "numberYear", "sequence");
