// A liveness answer for load balancers, and the bench's trivial route: no database, no session.
export const dynamic = "force-dynamic";

export function GET() {
  return Response.json({ ok: true });
}
