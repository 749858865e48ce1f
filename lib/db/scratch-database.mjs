// A throw-away database on a PostgreSQL server: for a test file, the drift check
// and migration authoring. Created empty, dropped (with its connections) by stop().
import { randomBytes } from "node:crypto";
import pg from "pg";

/** @param {string} serverUrl @param {string} sql */
async function onServer(serverUrl, sql) {
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    await admin.query(sql);
  } finally {
    await admin.end();
  }
}

/**
 * @param {string} serverUrl any database URL on the server (used to CREATE/DROP)
 * @param {string} prefix name prefix, lowercase letters and _
 * @returns {Promise<{ url: string, stop: () => Promise<void> }>}
 */
export async function createScratchDatabase(serverUrl, prefix) {
  const name = `${prefix}_${randomBytes(6).toString("hex")}`;
  await onServer(serverUrl, `CREATE DATABASE ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    stop: () => onServer(serverUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
  };
}
