#!/usr/bin/env node
// Part of `npm run build`: initialises an empty PGlite data directory once, here, where the
// build's own memory use dwarfs it, and leaves it under .next (~39 MB) for the launcher to copy,
// so a user's first `npm start` does not run initdb (ADR 0012, 0020). Missing template → the
// launcher falls back to initdb.
import { rename, rm } from "node:fs/promises";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { PGLITE_START_PARAMS, templatePath } from "../lib/db/pglite-memory.mjs";

const dir = templatePath(path.resolve(path.dirname(new URL(import.meta.url).pathname), ".."));
const staging = `${dir}.making-${process.pid}`;
await rm(staging, { recursive: true, force: true });
const db = await PGlite.create(staging, { startParams: PGLITE_START_PARAMS });
await db.close();
// Replace the previous template whole; the tarball of earlier builds is no longer read.
await rm(dir, { recursive: true, force: true });
await rm(`${dir}.tar.gz`, { force: true });
await rename(staging, dir);
console.log(`PGlite data-directory template: ${path.relative(process.cwd(), dir)}/`);
