-- AlterTable
ALTER TABLE "PayrollPeriod" ADD COLUMN     "publishRequestedAt" TIMESTAMP(3),
ADD COLUMN     "publishRequestedBy" TEXT,
ADD COLUMN     "publishRequestedById" INTEGER;
