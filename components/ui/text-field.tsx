import type { UseFormRegisterReturn } from "react-hook-form";
import type { WallTimeKind } from "@/lib/forms/wall-time-text";
import { Field, fieldAria, inputClass } from "./field";
import { WallTimeInput } from "./wall-time-input";

/** A text-like input registered with react-hook-form, with its label, hint and translated error. */
export function TextField({
  id,
  label,
  hint,
  error,
  registration,
  wallTime,
  ...input
}: {
  id: string;
  label: string;
  hint?: string;
  error?: string;
  registration: UseFormRegisterReturn;
  /** A date and/or time: typed as 24-hour text, the same in every browser (WallTimeInput). */
  wallTime?: WallTimeKind;
} & Pick<
  React.InputHTMLAttributes<HTMLInputElement>,
  "type" | "autoComplete" | "inputMode" | "maxLength" | "placeholder"
>) {
  return (
    <Field id={id} label={label} hint={hint} error={error}>
      {wallTime ? (
        <WallTimeInput
          id={id}
          kind={wallTime}
          className={inputClass}
          {...fieldAria(id, Boolean(hint), error)}
          registration={registration}
        />
      ) : (
        <input id={id} className={inputClass} {...fieldAria(id, Boolean(hint), error)} {...input} {...registration} />
      )}
    </Field>
  );
}

export function FormError({ message }: { message: string | null }) {
  return message ? (
    <p role="alert" className="text-red-700">
      {message}
    </p>
  ) : null;
}
