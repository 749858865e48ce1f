import http from "node:http";

// Plain HTTP requests to the built server from a chosen local address (127.0.0.2 is
// loopback too on Linux): the server then sees another client, as the Internet would.

export type RawResponse = { status: number; headers: http.IncomingHttpHeaders; body: string };

export function rawRequest(options: {
  path: string;
  method?: string;
  headers?: Record<string, string>;
  body?: string;
  localAddress?: string;
}): Promise<RawResponse> {
  const port = Number(process.env.E2E_PORT ?? 3200);
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: "127.0.0.1",
        port,
        path: options.path,
        method: options.method ?? "GET",
        headers: { host: `localhost:${port}`, ...options.headers },
        localAddress: options.localAddress,
      },
      (res) => {
        let body = "";
        res.setEncoding("utf8");
        res.on("data", (chunk: string) => (body += chunk));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      },
    );
    req.on("error", reject);
    req.end(options.body);
  });
}

/** A credentials sign-in attempt as next-auth's client makes it (csrf token, then the form post). */
export async function credentialsSignIn(
  email: string,
  password: string,
  extra: { localAddress?: string; headers?: Record<string, string> } = {},
): Promise<{ status: number; error: string | null }> {
  const csrf = await rawRequest({ path: "/api/auth/csrf", localAddress: extra.localAddress });
  const cookie = (csrf.headers["set-cookie"] ?? []).map((c) => c.split(";")[0]).join("; ");
  const { csrfToken } = JSON.parse(csrf.body) as { csrfToken: string };
  const res = await rawRequest({
    path: "/api/auth/callback/credentials",
    method: "POST",
    localAddress: extra.localAddress,
    headers: { "content-type": "application/x-www-form-urlencoded", cookie, ...extra.headers },
    body: new URLSearchParams({ email, password, csrfToken, json: "true" }).toString(),
  });
  let url: string | undefined;
  try {
    url = (JSON.parse(res.body) as { url?: string }).url;
  } catch {
    url = undefined;
  }
  return { status: res.status, error: url ? new URL(url).searchParams.get("error") : null };
}
