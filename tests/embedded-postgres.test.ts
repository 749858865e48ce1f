import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { expect, test } from "vitest";
import { startEmbeddedPostgres } from "@/lib/db/embedded-postgres.mjs";

test("PGlite on disk keeps every committed write across a clean stop and start", async () => {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), "recourse-pglite-"));
  try {
    const first = await startEmbeddedPostgres({ dataDir });
    const writers = Array.from({ length: 4 }, () => new pg.Client({ connectionString: first.url }));
    await Promise.all(writers.map((c) => c.connect()));
    await writers[0]?.query("CREATE TABLE note (id serial primary key, body text)");
    // Several connections writing at once, as the web server's pool does.
    await Promise.all(
      writers.map((c, w) =>
        (async () => {
          for (let i = 0; i < 25; i++) await c.query("INSERT INTO note (body) VALUES ($1)", [`写入 ${w}-${i}`]);
        })(),
      ),
    );
    await Promise.all(writers.map((c) => c.end()));
    await first.stop();

    const second = await startEmbeddedPostgres({ dataDir });
    const reader = new pg.Client({ connectionString: second.url });
    await reader.connect();
    const { rows } = await reader.query<{ n: string; sample: string }>(
      "SELECT count(*)::text AS n, min(body) AS sample FROM note",
    );
    await reader.end();
    await second.stop();
    expect(rows[0]).toEqual({ n: "100", sample: "写入 0-0" });
  } finally {
    await rm(dataDir, { recursive: true, force: true });
  }
});
