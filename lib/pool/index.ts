export { runHeavy, stopHeavyPool, HeavyTaskTooLargeError, PoolBusyError, POOL_THREAD_HEAP_MB } from "./run-heavy";
export type { HeavyTask, HeavyResults } from "./tasks";
