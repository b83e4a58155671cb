-- CreateTable
CREATE TABLE "RulesVersion" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "version" TEXT NOT NULL,

    CONSTRAINT "RulesVersion_pkey" PRIMARY KEY ("id")
);

-- The rules' version: a new random token on every write of what the leave rules and the
-- authority resolution read, in the writing transaction (a token, not a counter, so a
-- rolled-back write's version is never seen again).
INSERT INTO "RulesVersion" ("id", "version") VALUES (1, md5(random()::text || clock_timestamp()::text));

CREATE FUNCTION "bump_rules_version"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "RulesVersion" ("id", "version") VALUES (1, md5(random()::text || clock_timestamp()::text))
    ON CONFLICT ("id") DO UPDATE SET "version" = excluded."version";
  RETURN NULL;
END;
$$;

CREATE TRIGGER "PolicyValue_rules_version" AFTER INSERT OR UPDATE OR DELETE ON "PolicyValue" FOR EACH STATEMENT EXECUTE FUNCTION "bump_rules_version"();
CREATE TRIGGER "OrgUnit_rules_version" AFTER INSERT OR UPDATE OR DELETE ON "OrgUnit" FOR EACH STATEMENT EXECUTE FUNCTION "bump_rules_version"();
CREATE TRIGGER "UnitOfficial_rules_version" AFTER INSERT OR UPDATE OR DELETE ON "UnitOfficial" FOR EACH STATEMENT EXECUTE FUNCTION "bump_rules_version"();
CREATE TRIGGER "Employee_rules_version" AFTER INSERT OR DELETE ON "Employee" FOR EACH STATEMENT EXECUTE FUNCTION "bump_rules_version"();
CREATE TRIGGER "Employee_rules_version_update" AFTER UPDATE OF "nip", "active" ON "Employee" FOR EACH ROW WHEN (OLD."nip" IS DISTINCT FROM NEW."nip" OR OLD."active" IS DISTINCT FROM NEW."active") EXECUTE FUNCTION "bump_rules_version"();
