import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, expect, test } from "vitest";
import { EXACT_LENGTH_HEADER, restoreExactLength } from "./exact-length.mjs";

// A real server: the header restored on the wire, chunked encoding gone, nothing else touched.
let server: http.Server | undefined;
afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

async function serve(headers: Record<string, string>, body: string) {
  server = http.createServer((_req, res) => {
    restoreExactLength(res);
    for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
    res.write(body.slice(0, 3)); // as Next streams: headers go out implicitly with the first chunk
    res.end(body.slice(3));
  });
  await new Promise<void>((resolve) => server!.listen(0, "127.0.0.1", resolve));
  const response = await fetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`);
  return { headers: response.headers, text: await response.text() };
}

test("the exact length becomes Content-Length and the private header is not sent", async () => {
  const { headers, text } = await serve({ [EXACT_LENGTH_HEADER]: "11" }, "hello world");
  expect(text).toBe("hello world");
  expect(headers.get("content-length")).toBe("11");
  expect(headers.get("transfer-encoding")).toBeNull();
  expect(headers.get(EXACT_LENGTH_HEADER)).toBeNull();
});

test("without it the response stays chunked", async () => {
  const { headers } = await serve({}, "hello world");
  expect(headers.get("content-length")).toBeNull();
  expect(headers.get("transfer-encoding")).toBe("chunked");
});
