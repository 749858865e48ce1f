import { createRequire } from "node:module";
import path from "node:path";

const require = createRequire(import.meta.url);

/** `node <these…> migrate deploy` runs the Prisma CLI without its 10 s exit delay. */
export function prismaNodeArgs() {
  return [
    "--require",
    path.join(path.dirname(new URL(import.meta.url).pathname), "unref-long-timers.cjs"),
    require.resolve("prisma/build/index.js"),
  ];
}
