-- AlterTable
ALTER TABLE "PayrollPeriod" ADD COLUMN "publishRequestedAt" DATETIME;
ALTER TABLE "PayrollPeriod" ADD COLUMN "publishRequestedBy" TEXT;
ALTER TABLE "PayrollPeriod" ADD COLUMN "publishRequestedById" INTEGER;
