"use client";

import { type InputHTMLAttributes, useEffect, useRef } from "react";
import { beijingLocalInputValue } from "@/lib/calculator/beijing-input";

/**
 * A datetime-local input in Beijing time. Without a `defaultValue` it starts empty and the
 * browser fills in Beijing "now" once loaded: the prerendered calculator was built long before
 * it is opened, so the server cannot know the time. A page rendered per request passes its own.
 */
export function BeijingTimeInput(props: Omit<InputHTMLAttributes<HTMLInputElement>, "type">) {
  const ref = useRef<HTMLInputElement>(null);
  const fillNow = props.defaultValue === undefined;
  useEffect(() => {
    const input = ref.current;
    if (fillNow && input && input.value === "") input.value = beijingLocalInputValue(new Date());
  }, [fillNow]);
  return <input ref={ref} type="datetime-local" {...props} />;
}
