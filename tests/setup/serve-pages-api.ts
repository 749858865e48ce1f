import http from "node:http";
import type { AddressInfo } from "node:net";
import type { NextApiRequest, NextApiResponse } from "next";

type Handler = (req: NextApiRequest, res: NextApiResponse) => Promise<void>;

/**
 * A pages/api handler behind a real HTTP server on 127.0.0.1, so tests see the bytes and
 * headers (Content-Length included) as a client does. `route` turns a path into the
 * dynamic segments Next would put in req.query.
 */
export async function servePagesApi(handler: Handler, route: (path: string) => Record<string, string> = () => ({})) {
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://localhost");
    Object.assign(req, { query: { ...Object.fromEntries(url.searchParams), ...route(url.pathname) } });
    handler(req as NextApiRequest, res as NextApiResponse).catch((error: unknown) => {
      res.statusCode = 500;
      res.end(String(error));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: (path: string) => `http://127.0.0.1:${port}${path}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
