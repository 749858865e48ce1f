"use client";

import { type InputHTMLAttributes, useEffect, useRef } from "react";
import { WallTimeInput } from "@/components/ui/wall-time-input";
import { beijingLocalInputValue } from "@/lib/calculator/beijing-input";
import { displayWallTimeText } from "@/lib/forms/wall-time-text";

/**
 * A date and time in Beijing time, typed as 24-hour text (WallTimeInput). Without a
 * `defaultValue` it starts empty and the browser fills in Beijing "now" once loaded: the
 * prerendered calculator was built long before it is opened, so the server cannot know the
 * time. A page rendered per request passes its own.
 */
export function BeijingTimeInput(props: Omit<InputHTMLAttributes<HTMLInputElement>, "type" | "inputMode">) {
  const wrapper = useRef<HTMLSpanElement>(null);
  const fillNow = props.defaultValue === undefined;
  useEffect(() => {
    const input = wrapper.current?.querySelector("input");
    if (fillNow && input && input.value === "") {
      input.value = displayWallTimeText(beijingLocalInputValue(new Date()), "datetime");
    }
  }, [fillNow]);
  return (
    <span ref={wrapper} className="contents">
      <WallTimeInput kind="datetime" {...props} />
    </span>
  );
}
