"use client";

import { type ChangeEvent, type FocusEvent, type InputHTMLAttributes, useEffect, useRef } from "react";
import type { UseFormRegisterReturn } from "react-hook-form";
import { WALL_TIME_PLACEHOLDER, type WallTimeKind, displayWallTimeText } from "@/lib/forms/wall-time-text";

type Props = Omit<InputHTMLAttributes<HTMLInputElement>, "type" | "inputMode"> & {
  kind: WallTimeKind;
  /** react-hook-form's field, when the form has one; a plain form just reads the input's value. */
  registration?: UseFormRegisterReturn;
};

/**
 * A date, time or date-and-time typed as text, 24-hour: "2026-11-29 19:50". Native date and time
 * inputs draw the browser's locale (a 12-hour "10:00 PM" on a Chinese page in an English
 * browser); this shows the same in every browser. Whatever people type ("2026/11/29 1950",
 * full-width digits) is tidied when they leave the field; the schemas read the same forms
 * (lib/forms/wall-time-text.ts), so submitting before leaving it loses nothing.
 */
export function WallTimeInput({ kind, registration, onBlur, ...input }: Props) {
  const own = useRef<HTMLInputElement | null>(null);

  useEffect(() => {
    const el = own.current;
    if (el) el.value = displayWallTimeText(el.value, kind);
  }, [kind]);

  function tidy(event: FocusEvent<HTMLInputElement>) {
    const el = event.currentTarget;
    const shown = displayWallTimeText(el.value, kind);
    if (shown !== el.value) {
      el.value = shown;
      void registration?.onChange({ target: el, type: "change" });
    }
    void registration?.onBlur(event);
    onBlur?.(event);
  }

  return (
    <input
      type="text"
      inputMode="numeric"
      autoComplete="off"
      spellCheck={false}
      maxLength={32}
      placeholder={WALL_TIME_PLACEHOLDER[kind]}
      {...input}
      {...(registration
        ? {
            name: registration.name,
            onChange: (event: ChangeEvent<HTMLInputElement>) => void registration.onChange(event),
          }
        : {})}
      ref={(el) => {
        own.current = el;
        registration?.ref(el);
      }}
      onBlur={tidy}
    />
  );
}
