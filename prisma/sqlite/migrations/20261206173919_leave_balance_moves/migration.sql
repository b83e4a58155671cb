-- CreateTable
CREATE TABLE "LeaveBalanceMove" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "employeeId" INTEGER NOT NULL,
    "year" INTEGER NOT NULL,
    "typeCode" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "days" REAL NOT NULL,
    "reason" TEXT NOT NULL,
    "requestId" INTEGER,
    "workedDate" TEXT,
    "at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateIndex
CREATE INDEX "LeaveBalanceMove_employeeId_year_idx" ON "LeaveBalanceMove"("employeeId", "year");

-- CreateIndex
CREATE INDEX "LeaveBalanceMove_requestId_idx" ON "LeaveBalanceMove"("requestId");

-- CreateIndex
CREATE UNIQUE INDEX "LeaveBalanceMove_employeeId_workedDate_key" ON "LeaveBalanceMove"("employeeId", "workedDate");

-- Cuti bersama days credited before the ledger existed (their audit rows, entityId "<employeeId>:<date>").
INSERT OR IGNORE INTO "LeaveBalanceMove" ("employeeId", "year", "typeCode", "kind", "days", "reason", "workedDate", "at")
SELECT CAST(substr("entityId", 1, instr("entityId", ':') - 1) AS INTEGER),
       CAST(substr("entityId", instr("entityId", ':') + 1, 4) AS INTEGER),
       'CT', 'creditWorked', 1, 'cuti_bersama_worked', substr("entityId", instr("entityId", ':') + 1), "at"
FROM "AuditLog"
WHERE "action" = 'leave.cuti_bersama_credited' AND "entity" = 'CutiBersamaCredit' AND instr("entityId", ':') > 0
ORDER BY "at";
