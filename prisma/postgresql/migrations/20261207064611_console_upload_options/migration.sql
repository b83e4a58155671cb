-- AlterTable: uploads waiting for their confirmation keep their holiday choices, now in "options".
ALTER TABLE "ConsoleImportUpload" ADD COLUMN "options" JSONB;
UPDATE "ConsoleImportUpload" SET "options" = jsonb_build_object('year', "year", 'prefillNational', "prefillNational");
ALTER TABLE "ConsoleImportUpload" ALTER COLUMN "options" SET NOT NULL,
DROP COLUMN "prefillNational",
DROP COLUMN "year";
