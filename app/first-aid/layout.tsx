import type { ReactNode } from "react";
import { SessionDocument } from "@/app/session-document";

export { generateSessionMetadata as generateMetadata } from "@/app/session-document";

export default function FirstAidLayout({ children }: { children: ReactNode }) {
  return <SessionDocument>{children}</SessionDocument>;
}
