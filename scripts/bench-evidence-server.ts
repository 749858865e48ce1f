/**
 * The bench's upload server: a bare node:http server handing each request to
 * uploadEvidence, the same code POST /api/cases/{caseId}/evidence runs, with
 * the body taken through a web ReadableStream and back as in a Next route
 * handler. Run by scripts/bench-evidence.ts with --conditions=react-server
 * (so `server-only` imports resolve as they do inside Next).
 */
import http from "node:http";
import { Readable } from "node:stream";
import type { ReadableStream as NodeReadableStream } from "node:stream/web";
import { uploadEvidence, UploadError } from "../lib/evidence";

const ownerId = process.env.BENCH_OWNER_ID!;

const server = http.createServer((req, res) => {
  const caseId = req.url?.match(/^\/upload\/([a-z0-9]+)$/)?.[1];
  if (req.method !== "POST" || !caseId) {
    res.writeHead(404).end();
    return;
  }
  const length = req.headers["content-length"];
  uploadEvidence({
    ownerId,
    caseId,
    body: Readable.fromWeb(Readable.toWeb(req) as NodeReadableStream),
    contentType: req.headers["content-type"] ?? "",
    contentLength: length ? Number(length) : null,
    now: new Date(),
  }).then(
    (evidence) => res.writeHead(201, { "content-type": "application/json" }).end(JSON.stringify({ evidence })),
    (error: unknown) => {
      const status = error instanceof UploadError ? error.status : 500;
      if (status === 500) console.error(error);
      res.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify({ error: String(error) }));
    },
  );
});

server.listen(0, "127.0.0.1", () => {
  const address = server.address();
  process.send?.({ port: typeof address === "object" && address ? address.port : 0 });
});
process.on("SIGTERM", () => server.close(() => process.exit(0)));
