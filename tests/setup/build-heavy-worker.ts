// Integration tests reach the web server's worker-thread pool (lib/pool), which runs the bundle
// `npm run build` makes: build it once per run, as the launcher would (ADR 0029).
import { buildWorker } from "../../scripts/lib/build-worker.mjs";

export default async function setup() {
  await buildWorker();
}
