-- AlterTable
ALTER TABLE "Employee" ADD COLUMN "demo" BOOLEAN NOT NULL DEFAULT false;

-- CreateIndex
CREATE INDEX "Employee_demo_idx" ON "Employee"("demo");
