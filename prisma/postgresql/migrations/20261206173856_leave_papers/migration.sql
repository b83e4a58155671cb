-- CreateEnum
CREATE TYPE "PaperKind" AS ENUM ('FORM', 'LETTER');

-- CreateEnum
CREATE TYPE "PaperStatus" AS ENUM ('CURRENT', 'SUPERSEDED', 'CANCELLED');

-- CreateTable
CREATE TABLE "LeavePaper" (
    "id" SERIAL NOT NULL,
    "requestId" INTEGER NOT NULL,
    "kind" "PaperKind" NOT NULL,
    "version" INTEGER NOT NULL,
    "status" "PaperStatus" NOT NULL DEFAULT 'CURRENT',
    "verificationCode" TEXT NOT NULL,
    "number" TEXT,
    "numberScope" TEXT,
    "numberYear" INTEGER,
    "sequence" INTEGER,
    "requestVersion" INTEGER NOT NULL,
    "facts" JSONB NOT NULL,
    "issuedAt" TIMESTAMP(3) NOT NULL,
    "endedAt" TIMESTAMP(3),

    CONSTRAINT "LeavePaper_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LetterCounter" (
    "scope" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "last" INTEGER NOT NULL,

    CONSTRAINT "LetterCounter_pkey" PRIMARY KEY ("scope","year")
);

-- CreateIndex
CREATE UNIQUE INDEX "LeavePaper_verificationCode_key" ON "LeavePaper"("verificationCode");

-- CreateIndex
CREATE INDEX "LeavePaper_kind_issuedAt_idx" ON "LeavePaper"("kind", "issuedAt");

-- CreateIndex
CREATE UNIQUE INDEX "LeavePaper_requestId_kind_version_key" ON "LeavePaper"("requestId", "kind", "version");

-- CreateIndex
CREATE UNIQUE INDEX "LeavePaper_numberScope_numberYear_sequence_key" ON "LeavePaper"("numberScope", "numberYear", "sequence");

-- AddForeignKey
ALTER TABLE "LeavePaper" ADD CONSTRAINT "LeavePaper_requestId_fkey" FOREIGN KEY ("requestId") REFERENCES "LeaveRequest"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
