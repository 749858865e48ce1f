// A pg Client for Prisma's WASM schema engine only (prisma migrate / diff).
// Upstream bug prisma/orm#27403: the engine cannot decode Postgres `name`
// (OID 19) and `"char"` (OID 18) result columns, which its introspection
// queries return. Reporting them as `text` (OID 25) is lossless for both.
import pg from "pg";

const NAME_OID = 19;
const CHAR_OID = 18;
const TEXT_OID = 25;

function retypeFields(result) {
  for (const r of Array.isArray(result) ? result : [result]) {
    for (const field of r?.fields ?? []) {
      if (field.dataTypeID === NAME_OID || field.dataTypeID === CHAR_OID) field.dataTypeID = TEXT_OID;
    }
  }
  return result;
}

export class MigrationPgClient extends pg.Client {
  query(...args) {
    const callbackIndex = args.findIndex((a) => typeof a === "function");
    if (callbackIndex >= 0) {
      const callback = args[callbackIndex];
      args[callbackIndex] = (err, res) => callback(err, err ? res : retypeFields(res));
      return super.query(...args);
    }
    const last = args[0];
    if (last && typeof last === "object" && typeof last.callback === "function") {
      const callback = last.callback;
      last.callback = (err, res) => callback(err, err ? res : retypeFields(res));
      return super.query(...args);
    }
    const out = super.query(...args);
    return out && typeof out.then === "function" ? out.then(retypeFields) : out;
  }
}
