import pg from "pg";

// Prisma's query interpreter runs the independent reads of one query plan at the same time
// (a case with its payments and events, say). Outside a transaction each goes to its own pooled
// connection; inside one they all go to the transaction's connection, whose pg Client then
// queues them itself — behaviour pg 8.23 deprecates ("Calling client.query() when the client
// is already executing a query", to be removed in pg 9). This client queues them first, in the
// order they came, which is what pg did: one query at a time per connection.

type Query = pg.Client["query"];

export class OneQueryAtATimeClient extends pg.Client {
  #last: Promise<unknown> = Promise.resolve();

  constructor(config?: string | pg.ClientConfig) {
    super(config);
    const query: (...args: unknown[]) => unknown = super.query.bind(this);
    // Only the promise form is queued (what Prisma's adapter uses); a callback or a submittable
    // (pool.query, cursors) passes straight through as before.
    const queued = (...args: unknown[]): unknown => {
      const first = args[0];
      const submittable = typeof first === "object" && first !== null && "submit" in first;
      if (submittable || args.some((a) => typeof a === "function")) return query(...args);
      const run = this.#last.then(() => query(...args));
      this.#last = run.catch(() => undefined);
      return run;
    };
    // query() declares eight overloads; the queue passes every call's arguments and result
    // through unchanged, so it is each of them.
    this.query = queued as Query;
  }
}
