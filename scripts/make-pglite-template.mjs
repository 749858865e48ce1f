#!/usr/bin/env node
// Part of `npm run build`: initialises an empty PGlite data directory once, here, where the
// build's own memory use dwarfs it, and stores it (gzip tar, ~4.5 MB) for the launcher, so a
// user's first `npm start` does not run initdb (ADR 0012). Missing template → the launcher
// falls back to initdb.
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { PGLITE_START_PARAMS, templatePath } from "../lib/db/pglite-memory.mjs";

const db = await PGlite.create({ startParams: PGLITE_START_PARAMS });
const blob = await db.dumpDataDir("gzip");
await db.close();
const file = templatePath(path.resolve(path.dirname(new URL(import.meta.url).pathname), ".."));
await mkdir(path.dirname(file), { recursive: true });
await writeFile(file, Buffer.from(await blob.arrayBuffer()));
console.log(
  `PGlite data-directory template: ${path.relative(process.cwd(), file)} (${(blob.size / 1048576).toFixed(1)} MB)`,
);
