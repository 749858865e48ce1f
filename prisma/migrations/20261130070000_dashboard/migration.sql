-- AlterTable
ALTER TABLE "Case" ADD COLUMN     "nextUserDeadlineAt" TIMESTAMP(3),
ADD COLUMN     "nextUserRuleId" VARCHAR(100),
ADD COLUMN     "urgencyKey" BIGINT NOT NULL DEFAULT 0,
ADD COLUMN     "urgencyRank" INTEGER NOT NULL DEFAULT 2;

-- CreateTable
CREATE TABLE "CalendarFeed" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "tokenHash" CHAR(64) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CalendarFeed_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "CalendarFeed_userId_key" ON "CalendarFeed"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "CalendarFeed_tokenHash_key" ON "CalendarFeed"("tokenHash");

-- CreateIndex
CREATE INDEX "Case_ownerId_urgencyRank_urgencyKey_id_idx" ON "Case"("ownerId", "urgencyRank", "urgencyKey", "id");

-- CreateIndex
CREATE INDEX "Case_ownerId_nextUserDeadlineAt_idx" ON "Case"("ownerId", "nextUserDeadlineAt");

-- AddForeignKey
ALTER TABLE "CalendarFeed" ADD CONSTRAINT "CalendarFeed_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- Backfill the list order of existing cases from what SQL knows (status, updatedAt). The next
-- user deadline itself is filled in by the app the next time each case changes.
UPDATE "Case" SET
  "urgencyRank" = CASE
    WHEN "status" = 'DRAFT' THEN 1
    WHEN "status" IN ('OPEN', 'WAITING_ON_COUNTERPARTY', 'WAITING_ON_USER', 'ESCALATED', 'RECOVERED_PARTIAL') THEN 2
    ELSE 3 END,
  "urgencyKey" = -(EXTRACT(EPOCH FROM "updatedAt") * 1000)::BIGINT;
