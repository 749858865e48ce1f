import type { UseFormRegisterReturn } from "react-hook-form";
import { Field, fieldAria, inputClass } from "./field";

/** A text-like input registered with react-hook-form, with its label, hint and translated error. */
export function TextField({
  id,
  label,
  hint,
  error,
  registration,
  ...input
}: {
  id: string;
  label: string;
  hint?: string;
  error?: string;
  registration: UseFormRegisterReturn;
} & Pick<
  React.InputHTMLAttributes<HTMLInputElement>,
  "type" | "autoComplete" | "inputMode" | "maxLength" | "placeholder"
>) {
  return (
    <Field id={id} label={label} hint={hint} error={error}>
      <input id={id} className={inputClass} {...fieldAria(id, Boolean(hint), error)} {...input} {...registration} />
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
