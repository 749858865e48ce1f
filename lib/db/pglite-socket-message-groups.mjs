// pglite-socket 0.2.17 runs one PGlite session for every connection and queues their
// protocol messages one by one; it keeps a connection's messages together only inside a
// transaction. Outside one, the extended-query messages of two connections interleave
// (Parse/Bind of one, then Bind of another on the same unnamed statement), and a query
// fails with "bind message supplies 1 parameters, but prepared statement "" requires 3"
// or "portal "" does not exist" — seen as soon as the reminder worker and the web server
// (or two pooled connections) query at the same time. This keeps each connection's
// message group together up to its Sync, the way a real server's sessions are apart.

const GROUP_MESSAGES = new Set([0x50, 0x42, 0x44, 0x45, 0x43, 0x48]); // Parse Bind Describe Execute Close Flush

/** Patches the server's query queue in place. */
export function keepMessageGroupsTogether(server) {
  const queue = server.queryQueue;
  if (!queue || typeof queue.processQueue !== "function") {
    throw new Error("pglite-socket changed: its query queue is not where this patch expects it");
  }
  let openGroupOf = null; // handler id whose extended-query group has not reached its Sync yet

  queue.processQueue = async function processQueue() {
    if (this.processing || this.queue.length === 0) return;
    this.processing = true;
    try {
      while (this.queue.length > 0) {
        const owner = openGroupOf ?? (this.db.isInTransaction() ? this.lastHandlerId : null);
        let item;
        if (owner !== null && owner !== undefined) {
          const index = this.queue.findIndex((q) => q.handlerId === owner);
          if (index === -1) break; // wait for that connection's next message
          item = this.queue.splice(index, 1)[0];
        } else {
          item = this.queue.shift();
        }
        let bytes = 0;
        try {
          await this.db.runExclusive(() =>
            this.db.execProtocolRawStream(item.message, {
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
        openGroupOf = GROUP_MESSAGES.has(item.message[0]) ? item.handlerId : null;
        this.lastHandlerId = item.handlerId;
        item.resolve(bytes);
      }
    } finally {
      this.processing = false;
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
