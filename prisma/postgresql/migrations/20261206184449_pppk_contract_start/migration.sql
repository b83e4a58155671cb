-- AlterTable
ALTER TABLE "Employee" ADD COLUMN     "contractStart" TEXT;
