-- AlterTable
ALTER TABLE "ApprovalStep" ADD COLUMN     "authority" JSONB;

-- AlterTable
ALTER TABLE "Delegation" ADD COLUMN     "endedBy" TEXT,
ADD COLUMN     "reason" TEXT;

-- AlterTable
ALTER TABLE "OrgUnit" ADD COLUMN     "leavePolicy" JSONB;

-- CreateTable
CREATE TABLE "UnitOfficial" (
    "id" SERIAL NOT NULL,
    "unitId" INTEGER NOT NULL,
    "typeCode" TEXT NOT NULL,
    "officialId" INTEGER NOT NULL,
    "updatedBy" TEXT NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "UnitOfficial_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "UnitOfficial_officialId_idx" ON "UnitOfficial"("officialId");

-- CreateIndex
CREATE UNIQUE INDEX "UnitOfficial_unitId_typeCode_key" ON "UnitOfficial"("unitId", "typeCode");

-- CreateIndex
CREATE INDEX "Delegation_toId_endDate_idx" ON "Delegation"("toId", "endDate");

-- CreateIndex
CREATE INDEX "ProfileChangeRequest_employeeId_field_status_idx" ON "ProfileChangeRequest"("employeeId", "field", "status");

-- AddForeignKey
ALTER TABLE "UnitOfficial" ADD CONSTRAINT "UnitOfficial_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "OrgUnit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UnitOfficial" ADD CONSTRAINT "UnitOfficial_officialId_fkey" FOREIGN KEY ("officialId") REFERENCES "Employee"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
