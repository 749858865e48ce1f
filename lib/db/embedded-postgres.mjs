// Serves a PGlite database (Postgres compiled to WASM) over the Postgres wire
// protocol, so the app, the Prisma CLI and psql all talk to it like to any
// PostgreSQL server. Used by the `npm start` launcher and by the tests.
//
// pglite-socket checks no password, so who may connect is decided by where it
// listens: the launcher passes `socketDir`, a 0700 directory inside DATA_DIR, and
// only processes running as the same OS user can open the Unix socket in it
// (docs/decisions/0003-private-embedded-database.md). Without `socketDir` (tests'
// throw-away in-memory databases) it listens on a loopback TCP port.
import { chmod, mkdir, readdir, rm } from "node:fs/promises";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";
import { PGLITE_START_PARAMS, collectGarbage, seedFromTemplate } from "./pglite-memory.mjs";
import { keepMessageGroupsTogether } from "./pglite-socket-message-groups.mjs";

/** @param {string} dir */
async function tightenTree(dir) {
  await chmod(dir, 0o700);
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) await tightenTree(full);
    else if (entry.isFile()) await chmod(full, 0o600);
  }
}

/** node-postgres, psql and libpq look for this file name inside the `host` directory. */
const SOCKET_PORT = 5432;

/**
 * @param {{ dataDir?: string, socketDir?: string, port?: number, template?: string, loadDataDir?: Blob }} [options]
 *   dataDir omitted → in memory; template: an initialised data directory to copy into an empty dataDir
 *   (pglite-memory.mjs); loadDataDir: in memory, a dump of a data directory to start from (tests)
 * @returns {Promise<{ url: string, port: number, socketPath?: string, stop: () => Promise<void> }>}
 */
export async function startEmbeddedPostgres({ dataDir, socketDir, port = 0, template, loadDataDir } = {}) {
  await seedFromTemplate(dataDir, template);
  const options = { startParams: PGLITE_START_PARAMS, ...(loadDataDir && !dataDir ? { loadDataDir } : {}) };
  const db = dataDir ? await PGlite.create(dataDir, options) : await PGlite.create(options);
  collectGarbage();
  // PGlite's first start unpacks a database cluster with mode 666 files; keep them private.
  if (dataDir) await tightenTree(dataDir);
  /** @type {string | undefined} */
  let socketPath;
  if (socketDir) {
    await mkdir(socketDir, { recursive: true, mode: 0o700 });
    await chmod(socketDir, 0o700);
    socketPath = path.join(socketDir, `.s.PGSQL.${SOCKET_PORT}`);
    // Left behind by a process that was killed: we hold the data-directory lock, so it is stale.
    await rm(socketPath, { force: true });
  }
  // Prisma's pool and the CLI open several connections; pglite-socket queues
  // their queries and keeps a transaction's statements together.
  const server = socketPath
    ? new PGLiteSocketServer({ db, path: socketPath, maxConnections: 64 })
    : new PGLiteSocketServer({ db, host: "127.0.0.1", port, maxConnections: 64 });
  keepMessageGroupsTogether(server);
  await server.start();
  if (socketPath) await chmod(socketPath, 0o600);
  const actualPort = socketPath ? SOCKET_PORT : Number(server.getServerConn().split(":").pop());
  let stopped = false;
  return {
    port: actualPort,
    socketPath,
    url: socketDir
      ? `postgres://postgres@localhost:${SOCKET_PORT}/postgres?host=${encodeURIComponent(socketDir)}&sslmode=disable`
      : `postgres://postgres:postgres@127.0.0.1:${actualPort}/postgres?sslmode=disable`,
    async stop() {
      if (stopped) return;
      stopped = true;
      await server.stop();
      // close() flushes PGlite's files: without it the last writes can be lost.
      await db.close();
      if (dataDir) await tightenTree(dataDir);
      if (socketPath) await rm(socketPath, { force: true });
    },
  };
}
