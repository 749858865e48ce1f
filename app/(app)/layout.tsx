import type { ReactNode } from "react";
import { SessionDocument } from "@/app/session-document";
import { requireUser } from "@/lib/auth";

export { generateSessionMetadata as generateMetadata } from "@/app/session-document";

// Every page under (app) needs a signed-in user; each query still checks ownership itself.
export default async function SignedInLayout({ children }: { children: ReactNode }) {
  await requireUser();
  return <SessionDocument>{children}</SessionDocument>;
}
