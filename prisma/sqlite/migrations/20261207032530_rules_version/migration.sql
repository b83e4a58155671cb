-- CreateTable
CREATE TABLE "RulesVersion" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT DEFAULT 1,
    "version" TEXT NOT NULL
);

-- The rules' version: a new random token on every write of what the leave rules and the
-- authority resolution read, in the writing transaction (a token, not a counter, so a
-- rolled-back write's version is never seen again).
INSERT INTO "RulesVersion" ("id", "version") VALUES (1, lower(hex(randomblob(16))));
CREATE TRIGGER "PolicyValue_rules_version_insert" AFTER INSERT ON "PolicyValue" BEGIN INSERT INTO "RulesVersion" ("id", "version") VALUES (1, lower(hex(randomblob(16)))) ON CONFLICT ("id") DO UPDATE SET "version" = excluded."version"; END;
CREATE TRIGGER "PolicyValue_rules_version_update" AFTER UPDATE ON "PolicyValue" BEGIN INSERT INTO "RulesVersion" ("id", "version") VALUES (1, lower(hex(randomblob(16)))) ON CONFLICT ("id") DO UPDATE SET "version" = excluded."version"; END;
CREATE TRIGGER "PolicyValue_rules_version_delete" AFTER DELETE ON "PolicyValue" BEGIN INSERT INTO "RulesVersion" ("id", "version") VALUES (1, lower(hex(randomblob(16)))) ON CONFLICT ("id") DO UPDATE SET "version" = excluded."version"; END;
CREATE TRIGGER "OrgUnit_rules_version_insert" AFTER INSERT ON "OrgUnit" BEGIN INSERT INTO "RulesVersion" ("id", "version") VALUES (1, lower(hex(randomblob(16)))) ON CONFLICT ("id") DO UPDATE SET "version" = excluded."version"; END;
CREATE TRIGGER "OrgUnit_rules_version_update" AFTER UPDATE ON "OrgUnit" BEGIN INSERT INTO "RulesVersion" ("id", "version") VALUES (1, lower(hex(randomblob(16)))) ON CONFLICT ("id") DO UPDATE SET "version" = excluded."version"; END;
CREATE TRIGGER "OrgUnit_rules_version_delete" AFTER DELETE ON "OrgUnit" BEGIN INSERT INTO "RulesVersion" ("id", "version") VALUES (1, lower(hex(randomblob(16)))) ON CONFLICT ("id") DO UPDATE SET "version" = excluded."version"; END;
CREATE TRIGGER "UnitOfficial_rules_version_insert" AFTER INSERT ON "UnitOfficial" BEGIN INSERT INTO "RulesVersion" ("id", "version") VALUES (1, lower(hex(randomblob(16)))) ON CONFLICT ("id") DO UPDATE SET "version" = excluded."version"; END;
CREATE TRIGGER "UnitOfficial_rules_version_update" AFTER UPDATE ON "UnitOfficial" BEGIN INSERT INTO "RulesVersion" ("id", "version") VALUES (1, lower(hex(randomblob(16)))) ON CONFLICT ("id") DO UPDATE SET "version" = excluded."version"; END;
CREATE TRIGGER "UnitOfficial_rules_version_delete" AFTER DELETE ON "UnitOfficial" BEGIN INSERT INTO "RulesVersion" ("id", "version") VALUES (1, lower(hex(randomblob(16)))) ON CONFLICT ("id") DO UPDATE SET "version" = excluded."version"; END;
CREATE TRIGGER "Employee_rules_version_insert" AFTER INSERT ON "Employee" BEGIN INSERT INTO "RulesVersion" ("id", "version") VALUES (1, lower(hex(randomblob(16)))) ON CONFLICT ("id") DO UPDATE SET "version" = excluded."version"; END;
CREATE TRIGGER "Employee_rules_version_delete" AFTER DELETE ON "Employee" BEGIN INSERT INTO "RulesVersion" ("id", "version") VALUES (1, lower(hex(randomblob(16)))) ON CONFLICT ("id") DO UPDATE SET "version" = excluded."version"; END;
CREATE TRIGGER "Employee_rules_version_update" AFTER UPDATE OF "nip", "active" ON "Employee" WHEN OLD."nip" IS NOT NEW."nip" OR OLD."active" IS NOT NEW."active" BEGIN INSERT INTO "RulesVersion" ("id", "version") VALUES (1, lower(hex(randomblob(16)))) ON CONFLICT ("id") DO UPDATE SET "version" = excluded."version"; END;
