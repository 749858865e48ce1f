// Serves a PGlite database (Postgres compiled to WASM) over the Postgres wire
// protocol on loopback, so the app, the Prisma CLI and psql all talk to it like
// to any PostgreSQL server. Used by the `npm start` launcher and by the tests.
import { PGlite } from "@electric-sql/pglite";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";
import { PGLITE_START_PARAMS, collectGarbage, templateFor } from "./pglite-memory.mjs";

/**
 * @param {{ dataDir?: string, port?: number, template?: string }} [options] dataDir omitted → in memory;
 *   template: a data-directory tarball to start an empty dataDir from (pglite-memory.mjs)
 * @returns {Promise<{ url: string, port: number, stop: () => Promise<void> }>}
 */
export async function startEmbeddedPostgres({ dataDir, port = 0, template } = {}) {
  const loadDataDir = templateFor(dataDir, template);
  const options = { startParams: PGLITE_START_PARAMS, ...(loadDataDir ? { loadDataDir } : {}) };
  const db = dataDir ? await PGlite.create(dataDir, options) : await PGlite.create(options);
  collectGarbage();
  // Prisma's pool and the CLI open several connections; pglite-socket queues
  // their queries and keeps a transaction's statements together.
  const server = new PGLiteSocketServer({ db, host: "127.0.0.1", port, maxConnections: 64 });
  await server.start();
  const actualPort = Number(server.getServerConn().split(":").pop());
  let stopped = false;
  return {
    port: actualPort,
    url: `postgres://postgres:postgres@127.0.0.1:${actualPort}/postgres?sslmode=disable`,
    async stop() {
      if (stopped) return;
      stopped = true;
      await server.stop();
      // close() flushes PGlite's files: without it the last writes can be lost.
      await db.close();
    },
  };
}
