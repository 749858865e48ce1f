-- AlterTable
ALTER TABLE "Case" ADD COLUMN     "urgencyVersion" VARCHAR(32);

