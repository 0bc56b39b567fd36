import { useEffect } from "react";
import type { FieldValues, UseFormReturn } from "react-hook-form";
import { writeDraft } from "../forms";

/** Keeps a form's text fields in sessionStorage under `key` as they are typed (see forms.ts). */
export function useFormDraft<T extends FieldValues>(form: UseFormReturn<T>, key: string) {
  useEffect(() => {
    const subscription = form.watch((values) => writeDraft(key, values));
    return () => subscription.unsubscribe();
  }, [form, key]);
}
