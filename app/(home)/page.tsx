import { Welcome } from "@/components/home/welcome";

// Visitors without a session get this page prerendered (app/prerendered/[locale]/page.tsx);
// this one is for the signed-in header.
export default function HomePage() {
  return <Welcome />;
}
