// pglite-socket 0.2.17 runs one PGlite session for every connection and queues their
// protocol messages one by one; it keeps a connection's messages together only inside a
// transaction. Outside one, the extended-query messages of two connections interleave
// (Parse/Bind of one, then Bind of another on the same unnamed statement), and a query
// fails with "bind message supplies 1 parameters, but prepared statement "" requires 3"
// or "portal "" does not exist" — seen as soon as the reminder worker and the web server
// (or two pooled connections) query at the same time. This keeps each connection's
// message group together up to its Sync, the way a real server's sessions are apart.

const GROUP_MESSAGES = new Set([0x50, 0x42, 0x44, 0x45, 0x43, 0x48]); // Parse Bind Describe Execute Close Flush

/**
 * pglite-socket's QueryQueueManager as this patch sees it: its declaration marks these members
 * private, so they are described here, and checked at run time before the patch is applied.
 * @typedef {{
 *   handlerId: number,
 *   message: Uint8Array,
 *   onData: (data: Uint8Array) => void,
 *   resolve: (bytes: number) => void,
 *   reject: (error: unknown) => void,
 * }} QueuedMessage
 * @typedef {{
 *   queue: QueuedMessage[],
 *   processing: boolean,
 *   lastHandlerId: number | null,
 *   db: import("@electric-sql/pglite").PGlite,
 *   processQueue: () => Promise<void>,
 *   clearQueueForHandler: (handlerId: number) => void,
 * }} QueueInternals
 */

/**
 * Patches the server's query queue in place.
 * @param {object} server a PGLiteSocketServer: the shape the patch needs is checked here, at run time
 */
export function keepMessageGroupsTogether(server) {
  const queue = /** @type {{ queryQueue?: QueueInternals }} */ (server).queryQueue;
  if (!queue || typeof queue.processQueue !== "function") {
    throw new Error("pglite-socket changed: its query queue is not where this patch expects it");
  }
  /** @type {number | null} handler id whose extended-query group has not reached its Sync yet */
  let openGroupOf = null;

  queue.processQueue = async () => {
    if (queue.processing || queue.queue.length === 0) return;
    queue.processing = true;
    try {
      while (queue.queue.length > 0) {
        const owner = openGroupOf ?? (queue.db.isInTransaction() ? queue.lastHandlerId : null);
        /** @type {QueuedMessage | undefined} */
        let item;
        if (owner !== null && owner !== undefined) {
          const index = queue.queue.findIndex((q) => q.handlerId === owner);
          if (index === -1) break; // wait for that connection's next message
          item = queue.queue.splice(index, 1)[0];
        } else {
          item = queue.queue.shift();
        }
        if (!item) break;
        let bytes = 0;
        try {
          await queue.db.runExclusive(() =>
            queue.db.execProtocolRawStream(item.message, {
              onRawData: (data) => {
                bytes += data.length;
                item.onData(data);
              },
            }),
          );
        } catch (error) {
          openGroupOf = null;
          item.reject(error);
          continue;
        }
        const type = item.message[0];
        openGroupOf = type !== undefined && GROUP_MESSAGES.has(type) ? item.handlerId : null;
        queue.lastHandlerId = item.handlerId;
        item.resolve(bytes);
      }
    } finally {
      queue.processing = false;
    }
  };

  const clear = queue.clearQueueForHandler.bind(queue);
  queue.clearQueueForHandler = (handlerId) => {
    clear(handlerId);
    // A connection that died mid-group must not hold everyone else up.
    if (openGroupOf === handlerId) openGroupOf = null;
    setImmediate(() => void queue.processQueue());
  };
}
