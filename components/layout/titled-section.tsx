import type { ReactNode } from "react";

/** A page section named by its heading (for screen readers' landmarks, via aria-labelledby). */
export function TitledSection({
  id,
  title,
  className = "space-y-2",
  children,
}: {
  id: string;
  title: ReactNode;
  className?: string;
  children: ReactNode;
}) {
  return (
    <section aria-labelledby={id} className={className}>
      <h2 id={id} className="text-lg font-medium">
        {title}
      </h2>
      {children}
    </section>
  );
}
