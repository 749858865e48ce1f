import { getTranslations } from "next-intl/server";
import { inputClass } from "@/components/ui/field";
import { CASE_STATUSES } from "@/lib/cases/case-status";
import { CASE_KINDS, PLATFORMS } from "@/lib/cases/schema";

export interface FilterValues {
  readonly kind?: string;
  readonly platform?: string;
  readonly status?: string;
  readonly text?: string;
}

/** A plain GET form: filters live in the URL, work without script and can be bookmarked. */
export async function CaseFilters({ values }: { values: FilterValues }) {
  const [t, tc] = await Promise.all([getTranslations("dashboard"), getTranslations("cases")]);
  const select = <T extends string>(
    name: "kind" | "platform" | "status",
    options: readonly T[],
    label: (o: T) => string,
  ) => (
    <div className="space-y-1">
      <label htmlFor={`filter-${name}`} className="block text-sm font-medium">
        {t(`filter.${name}`)}
      </label>
      <select id={`filter-${name}`} name={name} defaultValue={values[name] ?? ""} className={inputClass}>
        <option value="">{t("filter.any")}</option>
        {options.map((o) => (
          <option key={o} value={o}>
            {label(o)}
          </option>
        ))}
      </select>
    </div>
  );
  return (
    <form
      method="get"
      action="/dashboard"
      role="search"
      aria-label={t("filter.title")}
      className="grid gap-3 sm:grid-cols-5"
    >
      <div className="space-y-1 sm:col-span-2">
        <label htmlFor="filter-q" className="block text-sm font-medium">
          {t("filter.text")}
        </label>
        <input
          id="filter-q"
          name="q"
          type="search"
          maxLength={100}
          defaultValue={values.text ?? ""}
          className={inputClass}
        />
      </div>
      {select("kind", CASE_KINDS, (o) => tc(`kinds.${o}`))}
      {select("platform", PLATFORMS, (o) => tc(`platforms.${o}`))}
      {select("status", CASE_STATUSES, (o) => tc(`statuses.${o}`))}
      <div className="flex gap-3 sm:col-span-5">
        <button type="submit" className="rounded-md bg-sky-700 px-4 py-2 font-medium text-white hover:bg-sky-800">
          {t("filter.apply")}
        </button>
        {/* A plain link (a full load) as it always was; the rule flags it only because
            app/(home)/[...missing] makes every path look like a page. */}
        {/* eslint-disable-next-line @next/next/no-html-link-for-pages */}
        <a href="/dashboard" className="rounded-md border border-slate-300 bg-white px-4 py-2 hover:bg-slate-100">
          {t("filter.clear")}
        </a>
      </div>
    </form>
  );
}
