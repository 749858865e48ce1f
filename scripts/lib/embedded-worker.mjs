// Embedded mode runs the reminder worker's loop inside the launcher's process (ADR 0020): the
// launcher is a long-lived node process already, and a worker process of its own cost a second
// V8 with its own Prisma and React (~150 MB RSS) to send one person's reminders. It talks to
// PGlite over the same Unix socket as the web server. Scale mode keeps worker processes.
import { setTimeout as delay } from "node:timers/promises";
import { pathToFileURL } from "node:url";

/**
 * Loads the worker bundle (.worker/worker.mjs) into this process and runs its loop; a loop that
 * fails (the database away, say) is restarted after `restartMs`, as the child process was.
 * `env` is merged into process.env first: lib/env reads its settings from there.
 * @param {{ bundle: string, env: Record<string, string | undefined>, log: (line: string) => void, restartMs?: number }} options
 * @returns {Promise<{ stop: (timeoutMs: number) => Promise<boolean> }>} stop: abort, then wait
 *   until the batch in hand is finished or released; false when that took longer than timeoutMs.
 */
export async function startEmbeddedWorker({ bundle, env, log, restartMs = 5_000 }) {
  // eslint-disable-next-line no-restricted-properties -- lib/env in the bundle reads its settings here (ADR 0020)
  Object.assign(process.env, env);
  /** @type {typeof import("../worker")} the bundle of scripts/worker.ts */
  const { runReminderWorker } = await import(pathToFileURL(bundle).href);
  const controller = new AbortController();
  const done = (async () => {
    while (!controller.signal.aborted) {
      try {
        await runReminderWorker(controller.signal, { embeddedDatabase: true });
      } catch (error) {
        if (controller.signal.aborted) break;
        const why = error instanceof Error ? error.message.split("\n")[0] : String(error);
        log(`the reminder worker failed (${why}); restarting it in ${restartMs / 1000} s.`);
        await delay(restartMs, undefined, { signal: controller.signal }).catch(() => undefined);
      }
    }
  })();
  return {
    async stop(timeoutMs) {
      controller.abort();
      /** @type {NodeJS.Timeout | undefined} */
      let timer;
      const timeout = new Promise((resolve) => (timer = setTimeout(resolve, timeoutMs, "timeout")));
      const outcome = await Promise.race([done.then(() => "stopped"), timeout]);
      clearTimeout(timer);
      return outcome === "stopped";
    },
  };
}
