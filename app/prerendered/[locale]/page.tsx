import { Welcome } from "@/components/home/welcome";
import { prerenderedLocale } from "@/lib/i18n/prerendered-locale";

export default async function PrerenderedHomePage({ params }: { params: Promise<{ locale: string }> }) {
  await prerenderedLocale(params);
  return <Welcome />;
}
