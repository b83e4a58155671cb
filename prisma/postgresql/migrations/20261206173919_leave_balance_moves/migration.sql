-- CreateTable
CREATE TABLE "LeaveBalanceMove" (
    "id" SERIAL NOT NULL,
    "employeeId" INTEGER NOT NULL,
    "year" INTEGER NOT NULL,
    "typeCode" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "days" DOUBLE PRECISION NOT NULL,
    "reason" TEXT NOT NULL,
    "requestId" INTEGER,
    "workedDate" TEXT,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "LeaveBalanceMove_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "LeaveBalanceMove_employeeId_year_idx" ON "LeaveBalanceMove"("employeeId", "year");

-- CreateIndex
CREATE INDEX "LeaveBalanceMove_requestId_idx" ON "LeaveBalanceMove"("requestId");

-- CreateIndex
CREATE UNIQUE INDEX "LeaveBalanceMove_employeeId_workedDate_key" ON "LeaveBalanceMove"("employeeId", "workedDate");

-- Cuti bersama days credited before the ledger existed (their audit rows, entityId "<employeeId>:<date>").
INSERT INTO "LeaveBalanceMove" ("employeeId", "year", "typeCode", "kind", "days", "reason", "workedDate", "at")
SELECT DISTINCT ON (split_part("entityId", ':', 1), split_part("entityId", ':', 2))
       CAST(split_part("entityId", ':', 1) AS INTEGER), CAST(substr(split_part("entityId", ':', 2), 1, 4) AS INTEGER),
       'CT', 'creditWorked', 1, 'cuti_bersama_worked', split_part("entityId", ':', 2), "at"
FROM "AuditLog"
WHERE "action" = 'leave.cuti_bersama_credited' AND "entity" = 'CutiBersamaCredit' AND "entityId" LIKE '%:%'
ORDER BY split_part("entityId", ':', 1), split_part("entityId", ':', 2), "at";
