-- AlterTable
ALTER TABLE "CalendarFeed" ADD COLUMN     "casesVersion" BIGINT NOT NULL DEFAULT 0;

-- The calendar feed's cache key (issue 23): every poll used to count all of the owner's audit
-- entries to learn whether anything changed. Now any write to what the feed reads (the cases,
-- their payments, their events) moves the owner's "casesVersion" in the same transaction, so a
-- poll is one row lookup and no change is missed, whatever wrote it (a command, the worker, SQL).
-- Statement-level with transition tables: a statement that touches 2,000 cases moves each
-- owner's version once, not 2,000 times. A transition table is allowed for one event per
-- trigger, hence three triggers per table on one function each.

-- Cases carry their owner.
CREATE FUNCTION "calendar_feed_bump_for_cases"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    UPDATE "CalendarFeed" SET "casesVersion" = "casesVersion" + 1
    WHERE "userId" IN (SELECT "ownerId" FROM new_rows);
  ELSIF TG_OP = 'UPDATE' THEN
    -- Old and new owner: a case moved to another user changes both feeds.
    UPDATE "CalendarFeed" SET "casesVersion" = "casesVersion" + 1
    WHERE "userId" IN (SELECT "ownerId" FROM old_rows UNION SELECT "ownerId" FROM new_rows);
  ELSE
    UPDATE "CalendarFeed" SET "casesVersion" = "casesVersion" + 1
    WHERE "userId" IN (SELECT "ownerId" FROM old_rows);
  END IF;
  RETURN NULL;
END
$$;

-- Payments and events reach their owner through their case. Rows removed with their case
-- (a cascade) find no case any more: the case's own trigger has moved the version.
CREATE FUNCTION "calendar_feed_bump_for_case_rows"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    UPDATE "CalendarFeed" SET "casesVersion" = "casesVersion" + 1
    WHERE "userId" IN (SELECT c."ownerId" FROM "Case" c WHERE c."id" IN (SELECT "caseId" FROM new_rows));
  ELSIF TG_OP = 'UPDATE' THEN
    UPDATE "CalendarFeed" SET "casesVersion" = "casesVersion" + 1
    WHERE "userId" IN (SELECT c."ownerId" FROM "Case" c
                       WHERE c."id" IN (SELECT "caseId" FROM old_rows UNION SELECT "caseId" FROM new_rows));
  ELSE
    UPDATE "CalendarFeed" SET "casesVersion" = "casesVersion" + 1
    WHERE "userId" IN (SELECT c."ownerId" FROM "Case" c WHERE c."id" IN (SELECT "caseId" FROM old_rows));
  END IF;
  RETURN NULL;
END
$$;

CREATE TRIGGER "Case_calendar_feed_insert" AFTER INSERT ON "Case"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "calendar_feed_bump_for_cases"();
CREATE TRIGGER "Case_calendar_feed_update" AFTER UPDATE ON "Case"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "calendar_feed_bump_for_cases"();
CREATE TRIGGER "Case_calendar_feed_delete" AFTER DELETE ON "Case"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "calendar_feed_bump_for_cases"();

CREATE TRIGGER "Payment_calendar_feed_insert" AFTER INSERT ON "Payment"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "calendar_feed_bump_for_case_rows"();
CREATE TRIGGER "Payment_calendar_feed_update" AFTER UPDATE ON "Payment"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "calendar_feed_bump_for_case_rows"();
CREATE TRIGGER "Payment_calendar_feed_delete" AFTER DELETE ON "Payment"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "calendar_feed_bump_for_case_rows"();

CREATE TRIGGER "CaseEvent_calendar_feed_insert" AFTER INSERT ON "CaseEvent"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "calendar_feed_bump_for_case_rows"();
CREATE TRIGGER "CaseEvent_calendar_feed_update" AFTER UPDATE ON "CaseEvent"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "calendar_feed_bump_for_case_rows"();
CREATE TRIGGER "CaseEvent_calendar_feed_delete" AFTER DELETE ON "CaseEvent"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "calendar_feed_bump_for_case_rows"();
