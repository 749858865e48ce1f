import type { ReactNode } from "react";
import { requireUser } from "@/lib/auth";

// Every page under (app) needs a signed-in user; each query still checks ownership itself.
export default async function SignedInLayout({ children }: { children: ReactNode }) {
  await requireUser();
  return children;
}
