-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_PayrollPeriod" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "period" TEXT NOT NULL,
    "kind" TEXT NOT NULL DEFAULT 'GAJI',
    "status" TEXT NOT NULL DEFAULT 'DRAFT',
    "revision" INTEGER NOT NULL DEFAULT 1,
    "importedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "importedBy" TEXT NOT NULL,
    "publishedAt" DATETIME,
    "publishedBy" TEXT
);
INSERT INTO "new_PayrollPeriod" ("id", "importedAt", "importedBy", "period", "publishedAt", "publishedBy", "revision", "status") SELECT "id", "importedAt", "importedBy", "period", "publishedAt", "publishedBy", "revision", "status" FROM "PayrollPeriod";
DROP TABLE "PayrollPeriod";
ALTER TABLE "new_PayrollPeriod" RENAME TO "PayrollPeriod";
CREATE UNIQUE INDEX "PayrollPeriod_period_kind_key" ON "PayrollPeriod"("period", "kind");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
