// Preloaded (`node --require`) into Prisma CLI runs. Prisma 6.19's WASM schema
// engine leaves a 10 s timer behind after `migrate deploy` finishes, so every
// start waited 10 s for nothing. Unref'd timers still fire while the process
// has work; they just no longer keep a finished process alive.
const originalSetTimeout = global.setTimeout;
/**
 * @param {(...args: unknown[]) => void} callback
 * @param {number} [ms]
 * @param {...unknown} args
 */
function setTimeoutUnrefLong(callback, ms, ...args) {
  const timer = originalSetTimeout(callback, ms, ...args);
  if (typeof ms === "number" && ms >= 5000) timer.unref?.();
  return timer;
}
// Object.assign keeps setTimeout's own properties (util.promisify's custom form).
global.setTimeout = Object.assign(setTimeoutUnrefLong, originalSetTimeout);
