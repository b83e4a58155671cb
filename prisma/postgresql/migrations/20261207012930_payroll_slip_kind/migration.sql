-- CreateEnum
CREATE TYPE "PayslipKind" AS ENUM ('GAJI', 'TPP');

-- DropIndex
DROP INDEX "PayrollPeriod_period_key";

-- AlterTable
ALTER TABLE "PayrollPeriod" ADD COLUMN     "kind" "PayslipKind" NOT NULL DEFAULT 'GAJI';

-- CreateIndex
CREATE UNIQUE INDEX "PayrollPeriod_period_kind_key" ON "PayrollPeriod"("period", "kind");
