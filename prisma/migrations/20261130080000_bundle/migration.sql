-- CreateTable
CREATE TABLE "LetterDraft" (
    "id" TEXT NOT NULL,
    "caseId" TEXT NOT NULL,
    "recipient" VARCHAR(32) NOT NULL,
    "locale" VARCHAR(8) NOT NULL,
    "version" INTEGER NOT NULL,
    "body" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "LetterDraft_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AccountDeletion" (
    "id" TEXT NOT NULL,
    "subjectHash" CHAR(64) NOT NULL,
    "deletedAt" TIMESTAMP(3) NOT NULL,
    "counts" JSONB NOT NULL,
    "pendingBlobKeys" TEXT[],

    CONSTRAINT "AccountDeletion_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "LetterDraft_caseId_recipient_locale_version_key" ON "LetterDraft"("caseId", "recipient", "locale", "version");

-- CreateIndex
CREATE INDEX "AccountDeletion_deletedAt_idx" ON "AccountDeletion"("deletedAt");

-- AddForeignKey
ALTER TABLE "LetterDraft" ADD CONSTRAINT "LetterDraft_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case"("id") ON DELETE CASCADE ON UPDATE CASCADE;

