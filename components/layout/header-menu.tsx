"use client";

import { type KeyboardEvent, type MouseEvent, type ReactNode, useId, useRef, useState } from "react";

/**
 * The header's links: in a row on a wide screen; on a phone (≤ 480 px) behind one "menu" button,
 * so the header stays one row. A real button with aria-expanded/aria-controls: Enter or Space
 * opens it, Escape closes it and returns focus to the button, following a link closes it.
 */
export function HeaderMenu({ label, children }: { label: string; children: ReactNode }) {
  const [open, setOpen] = useState(false);
  const id = useId();
  const button = useRef<HTMLButtonElement>(null);

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    if (event.key !== "Escape" || !open) return;
    setOpen(false);
    button.current?.focus();
  }
  function onClick(event: MouseEvent<HTMLDivElement>) {
    if ((event.target as HTMLElement).closest("a")) setOpen(false);
  }

  return (
    <>
      <button
        ref={button}
        type="button"
        aria-expanded={open}
        aria-controls={id}
        onClick={() => setOpen(!open)}
        className="ml-auto flex items-center gap-1 rounded border border-slate-300 px-3 py-1.5 font-medium min-[481px]:hidden"
      >
        <svg aria-hidden="true" viewBox="0 0 20 20" className="h-4 w-4" fill="currentColor">
          <rect x="2" y="4" width="16" height="2" rx="1" />
          <rect x="2" y="9" width="16" height="2" rx="1" />
          <rect x="2" y="14" width="16" height="2" rx="1" />
        </svg>
        {label}
      </button>
      <div
        id={id}
        onKeyDown={onKeyDown}
        onClick={onClick}
        className={`${open ? "flex" : "hidden"} absolute inset-x-0 top-full z-20 flex-col items-start gap-1 border-b border-slate-200 bg-white px-4 py-3 shadow-md min-[481px]:static min-[481px]:flex min-[481px]:flex-1 min-[481px]:flex-row min-[481px]:flex-wrap min-[481px]:items-center min-[481px]:gap-2 min-[481px]:border-0 min-[481px]:p-0 min-[481px]:shadow-none`}
      >
        {children}
      </div>
    </>
  );
}
