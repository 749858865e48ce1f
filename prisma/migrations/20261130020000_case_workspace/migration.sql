-- CreateEnum
CREATE TYPE "PaymentDirection" AS ENUM ('OUTGOING', 'INCOMING');

-- AlterEnum
ALTER TYPE "CaseKind" ADD VALUE 'ACCOUNT_RESTRICTED';

-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "CaseStatus" ADD VALUE 'DRAFT';
ALTER TYPE "CaseStatus" ADD VALUE 'RECOVERED_PARTIAL';
ALTER TYPE "CaseStatus" ADD VALUE 'RECOVERED_FULL';

-- AlterTable
ALTER TABLE "Case" ADD COLUMN     "facts" JSONB NOT NULL DEFAULT '{}',
ADD COLUMN     "note" VARCHAR(2000),
ADD COLUMN     "recoveredFen" BIGINT NOT NULL DEFAULT 0,
ALTER COLUMN "amountFen" SET DEFAULT 0;

-- CreateTable
CREATE TABLE "Payment" (
    "id" TEXT NOT NULL,
    "caseId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "occurredAt" TIMESTAMP(3) NOT NULL,
    "amountFen" BIGINT NOT NULL,
    "direction" "PaymentDirection" NOT NULL DEFAULT 'OUTGOING',
    "transactionId" VARCHAR(64),
    "counterpartyName" VARCHAR(100),
    "counterpartyAccount" VARCHAR(100),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Payment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditEntry" (
    "id" TEXT NOT NULL,
    "caseId" TEXT NOT NULL,
    "seq" INTEGER NOT NULL,
    "at" TIMESTAMP(3) NOT NULL,
    "actor" VARCHAR(100) NOT NULL,
    "action" VARCHAR(64) NOT NULL,
    "before" JSONB,
    "after" JSONB,
    "prevHash" CHAR(64) NOT NULL,
    "hash" CHAR(64) NOT NULL,

    CONSTRAINT "AuditEntry_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Payment_caseId_occurredAt_idx" ON "Payment"("caseId", "occurredAt");

-- CreateIndex
CREATE UNIQUE INDEX "AuditEntry_caseId_seq_key" ON "AuditEntry"("caseId", "seq");

-- AddForeignKey
ALTER TABLE "Payment" ADD CONSTRAINT "Payment_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditEntry" ADD CONSTRAINT "AuditEntry_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case"("id") ON DELETE CASCADE ON UPDATE CASCADE;

