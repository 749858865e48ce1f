-- AlterTable
ALTER TABLE "Payment" ADD COLUMN     "evidenceId" TEXT;

-- CreateIndex
CREATE INDEX "Payment_evidenceId_idx" ON "Payment"("evidenceId");

-- AddForeignKey
ALTER TABLE "Payment" ADD CONSTRAINT "Payment_evidenceId_fkey" FOREIGN KEY ("evidenceId") REFERENCES "Evidence"("id") ON DELETE SET NULL ON UPDATE CASCADE;

