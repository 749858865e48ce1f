export { runHeavy, stopHeavyPool, HeavyTaskTooLargeError, POOL_THREAD_HEAP_MB } from "./run-heavy";
export type { HeavyTask, HeavyResults } from "./tasks";
