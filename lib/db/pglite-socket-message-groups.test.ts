import { once } from "node:events";
import net from "node:net";
import { PGlite } from "@electric-sql/pglite";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { keepMessageGroupsTogether } from "./pglite-socket-message-groups.mjs";

// ADR 0026: the patch replaces a private method of pglite-socket's query queue. These tests
// fail when a new pglite-socket moves that method, and when two connections' extended-query
// messages interleave again.

/** The private parts the patch works on. */
type QueueOf = { queryQueue: { processQueue: unknown; queue: unknown[] } };
const queueOf = (server: PGLiteSocketServer) => (server as unknown as QueueOf).queryQueue;

let db: PGlite;
beforeAll(async () => {
  db = await PGlite.create();
  await db.exec("CREATE TABLE t (a int, b int, c int)");
}, 120_000);
afterAll(async () => {
  await db.close();
});

async function serve(patched: boolean) {
  const server = new PGLiteSocketServer({ db, host: "127.0.0.1", port: 0, maxConnections: 8 });
  if (patched) keepMessageGroupsTogether(server);
  await server.start();
  const port = Number(server.getServerConn().split(":").pop());
  return { server, port };
}

/** A bare wire-protocol client: it sends the messages it is told to, when it is told to. */
async function rawConnection(port: number) {
  const socket = net.connect(port, "127.0.0.1");
  await once(socket, "connect");
  let buffer = Buffer.alloc(0);
  const errors: string[] = [];
  let ready = 0; // ReadyForQuery messages seen
  socket.on("data", (chunk: Buffer) => {
    buffer = Buffer.concat([buffer, chunk]);
    while (buffer.length >= 5 && buffer.length >= 1 + buffer.readInt32BE(1)) {
      const type = String.fromCharCode(buffer[0]!);
      const body = buffer.subarray(5, 1 + buffer.readInt32BE(1));
      buffer = buffer.subarray(1 + buffer.readInt32BE(1));
      if (type === "Z") ready++;
      if (type === "E") {
        const fields = body.toString("utf8").split("\0");
        errors.push(fields.find((f) => f.startsWith("M"))?.slice(1) ?? "error");
      }
      if (type === "R" && body.readInt32BE(0) === 3) socket.write(message("p", cstr("postgres")));
    }
  });
  const params = Buffer.concat([cstr("user"), cstr("postgres"), cstr("database"), cstr("postgres"), Buffer.from([0])]);
  const startup = Buffer.alloc(8);
  startup.writeInt32BE(8 + params.length, 0);
  startup.writeInt32BE(196_608, 4);
  socket.write(Buffer.concat([startup, params]));
  await until(() => ready === 1);
  return { socket, errors, ready: () => ready };
}

const cstr = (text: string) => Buffer.from(`${text}\0`, "utf8");
function message(type: string, ...parts: Buffer[]): Buffer {
  const body = Buffer.concat(parts);
  const head = Buffer.alloc(5);
  head.write(type, 0, "latin1");
  head.writeInt32BE(4 + body.length, 1);
  return Buffer.concat([head, body]);
}
const int16 = (n: number) => Buffer.from([(n >> 8) & 0xff, n & 0xff]);
const parse = (sql: string) => message("P", cstr(""), cstr(sql), int16(0));
function bind(values: string[]): Buffer {
  const encoded = values.map((v) => {
    const len = Buffer.alloc(4);
    len.writeInt32BE(Buffer.byteLength(v), 0);
    return Buffer.concat([len, Buffer.from(v)]);
  });
  return message("B", cstr(""), cstr(""), int16(0), int16(values.length), ...encoded, int16(0));
}
const execute = () => message("E", cstr(""), Buffer.alloc(4));
const sync = () => message("S");

async function until(done: () => boolean, ms = 20_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!done()) {
    if (Date.now() > deadline) throw new Error("timed out");
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/**
 * Connection A parses a 3-parameter statement; then connection B sends a whole 1-parameter
 * statement on the same (unnamed) statement; then A binds its 3 values and syncs. On a real
 * server each connection has its own unnamed statement and both succeed.
 * @returns the errors each connection received.
 */
async function interleavedStatements(server: PGLiteSocketServer, port: number) {
  const a = await rawConnection(port);
  const b = await rawConnection(port);
  try {
    a.socket.write(parse("SELECT $1::int + $2::int + $3::int AS sum"));
    await until(() => queueOf(server).queue.length === 0);
    b.socket.write(Buffer.concat([parse("SELECT $1::int AS one"), bind(["1"]), execute(), sync()]));
    // B's statement either ran (unpatched) or waits in the queue for A's Sync (patched).
    await until(() => b.ready() === 2 || queueOf(server).queue.length > 0);
    a.socket.write(Buffer.concat([bind(["1", "2", "3"]), execute(), sync()]));
    await until(() => a.ready() === 2 && b.ready() === 2);
    return { a: a.errors, b: b.errors };
  } finally {
    a.socket.destroy();
    b.socket.destroy();
  }
}

describe("pglite-socket message-group patch (ADR 0026)", () => {
  test("the pinned pglite-socket still has the method the patch replaces, and the patch replaces it", async () => {
    const server = new PGLiteSocketServer({ db, host: "127.0.0.1", port: 0 });
    const original = queueOf(server).processQueue;
    expect(typeof original).toBe("function");
    keepMessageGroupsTogether(server);
    expect(queueOf(server).processQueue).not.toBe(original);
  });

  test("a server whose queue has no processQueue is refused with a clear error, not silently left unpatched", () => {
    expect(() => keepMessageGroupsTogether({ queryQueue: {} })).toThrow(/pglite-socket changed/);
    expect(() => keepMessageGroupsTogether({})).toThrow(/pglite-socket changed/);
  });

  test("patched: a statement sent by another connection mid-group waits for the first one's Sync", async () => {
    const { server, port } = await serve(true);
    try {
      expect(await interleavedStatements(server, port)).toEqual({ a: [], b: [] });
    } finally {
      await server.stop();
    }
  }, 60_000);

  test("unpatched, the same sequence interleaves (so the test above can fail; when this fails, upstream fixed it: revisit ADR 0026)", async () => {
    const { server, port } = await serve(false);
    try {
      const errors = await interleavedStatements(server, port);
      expect(errors.a.join("\n")).toMatch(/bind message supplies 3 parameters, but prepared statement "" requires 1/);
    } finally {
      await server.stop();
    }
  }, 60_000);
});
