import { readFile } from "node:fs/promises";
import path from "node:path";
import { Readable } from "node:stream";
import { uploadEvidence } from "@/lib/evidence";
import { multipartBody } from "../setup/multipart";

export const evidenceFixture = (name: string) => readFile(path.join(process.cwd(), "lib/evidence/__fixtures__", name));

/** Uploads files through the real pipeline (multipart → sniff → hash → storage → rows + custody entries). */
export async function uploadFiles(
  ownerId: string,
  caseId: string,
  files: readonly { filename: string; bytes: Uint8Array }[],
  now = new Date(),
) {
  const { body, contentType } = multipartBody(files.map((f) => ({ field: "file", ...f })));
  return uploadEvidence({
    ownerId,
    caseId,
    body: Readable.from([body]),
    contentType,
    contentLength: body.length,
    now,
  });
}
