import "server-only";
import type { Readable } from "node:stream";
import busboy from "busboy";
import { discardIngested, ingestStream, type IngestedFile } from "./ingest-stream";
import { UploadError } from "./upload-error";

export interface ReceivedFile extends IngestedFile {
  /** The name the client gave, for display only: it decides nothing. */
  name: string;
}

export interface ReceiveOptions {
  maxFileBytes: number;
  maxFiles: number;
  tmpDir: string;
}

/**
 * Streams a multipart/form-data body: every `file` part goes through
 * ingestStream to its own temp file, the few text fields are kept. Resolves
 * once the whole body is read; on any failure, every temp file made so far is
 * removed, reading stops and the promise rejects with an UploadError.
 */
export function receiveMultipart(
  body: Readable,
  contentType: string,
  options: ReceiveOptions,
): Promise<{ files: ReceivedFile[]; fields: Record<string, string> }> {
  return new Promise((resolve, reject) => {
    let parser: busboy.Busboy;
    try {
      parser = busboy({
        headers: { "content-type": contentType },
        defParamCharset: "utf8", // browsers send UTF-8 file names (中文.png) without RFC 5987 encoding
        limits: { files: options.maxFiles, fields: 8, fieldSize: 1024, fieldNameSize: 64, parts: options.maxFiles + 8 },
      });
    } catch {
      body.resume();
      reject(new UploadError("malformed"));
      return;
    }

    const files: (ReceivedFile | undefined)[] = [];
    const pending: Promise<unknown>[] = [];
    const fields: Record<string, string> = {};
    let failure: unknown;

    const fail = (error: unknown) => {
      if (failure) return;
      failure = error instanceof UploadError ? error : new UploadError("interrupted");
      body.unpipe(parser);
      body.destroy();
      parser.destroy();
      // Wait for the file writers to stop before removing what they wrote.
      void Promise.allSettled(pending)
        .then(() => discardIngested(files.filter((f): f is ReceivedFile => f !== undefined)))
        .finally(() => reject(failure));
    };

    parser.on("file", (field, stream, info) => {
      if (field !== "file" || failure) {
        stream.resume();
        return;
      }
      const index = files.push(undefined) - 1;
      const name = cleanFileName(info.filename);
      pending.push(
        ingestStream(stream, { maxBytes: options.maxFileBytes, tmpDir: options.tmpDir }).then(
          (ingested) => {
            files[index] = { ...ingested, name };
            // A failure elsewhere while this file finished: it must go too.
            if (failure) return discardIngested([ingested]);
          },
          (error: unknown) => {
            stream.resume();
            fail(error);
          },
        ),
      );
    });
    parser.on("field", (name, value, info) => {
      if (info.valueTruncated || info.nameTruncated) fail(new UploadError("malformed"));
      else fields[name] = value;
    });
    parser.on("filesLimit", () => fail(new UploadError("too_many_files", { max: options.maxFiles })));
    parser.on("partsLimit", () => fail(new UploadError("too_many_files", { max: options.maxFiles })));
    parser.on("fieldsLimit", () => fail(new UploadError("malformed")));
    // A part header busboy cannot read is, from a browser, a file name with control characters
    // (a line break, \x01…): retrying sends the same name, so the answer says to rename it.
    parser.on("error", (error: Error) =>
      fail(new UploadError(/part header/i.test(error.message) ? "unreadable_name" : "malformed")),
    );
    body.on("error", () => fail(new UploadError("interrupted")));
    parser.on("close", () => {
      void Promise.allSettled(pending).then(() => {
        if (failure) return;
        const received = files.filter((f): f is ReceivedFile => f !== undefined);
        if (received.length === 0) {
          fail(new UploadError("no_file"));
          return;
        }
        resolve({ files: received, fields });
      });
    });
    body.pipe(parser);
  });
}

/** A display name: no directories, no control characters, at most 200 characters. */
export function cleanFileName(raw: string | undefined): string {
  const base = (raw ?? "").split(/[\\/]/).at(-1) ?? "";
  const clean = [...base.replace(/[\u0000-\u001f\u007f]/g, "").trim()].slice(0, 200).join("");
  return clean || "file";
}
