// Form drafts in the tab's sessionStorage: what a person typed survives a failed or rejected
// transaction and a reload, and goes when the write succeeds (or the tab closes). Only text and
// checkbox values are kept (files cannot be).
import { useEffect } from "react";
import type { FieldValues, UseFormReturn } from "react-hook-form";

export type DraftValues = Record<string, string | boolean>;

const kept = (value: unknown): value is string | boolean => typeof value === "string" || typeof value === "boolean";

/** A saved draft's text and checkbox fields (anything else in storage is ignored). */
export function readDraft(key: string): DraftValues {
  try {
    const parsed: unknown = JSON.parse(sessionStorage.getItem(key) ?? "{}");
    if (!parsed || typeof parsed !== "object" || Array.isArray(parsed)) return {};
    return Object.fromEntries(
      Object.entries(parsed).filter((entry): entry is [string, string | boolean] => kept(entry[1])),
    );
  } catch {
    return {};
  }
}

/** A draft's text field ("" when absent). */
export const draftText = (draft: DraftValues, name: string): string => {
  const value = draft[name];
  return typeof value === "string" ? value : "";
};

/** The saved text of each named field ("" when absent): a text-only form's default values. */
export function draftTexts<Name extends string>(key: string, names: readonly Name[]): Record<Name, string> {
  const draft = readDraft(key);
  return Object.fromEntries(names.map((name) => [name, draftText(draft, name)])) as Record<Name, string>;
}

/** Keeps the text and checkbox fields of `values`; a draft with nothing typed is removed. */
export function writeDraft(key: string, values: Record<string, unknown>) {
  try {
    const draft = Object.fromEntries(Object.entries(values).filter((entry) => kept(entry[1])));
    if (Object.values(draft).some((value) => value !== "" && value !== false)) {
      sessionStorage.setItem(key, JSON.stringify(draft));
    } else sessionStorage.removeItem(key);
  } catch {
    // Storage may be full or disabled: the form still holds its contents while the page is open.
  }
}

export function clearDraft(key: string) {
  try {
    sessionStorage.removeItem(key);
  } catch {
    // See writeDraft.
  }
}

/** Keeps a react-hook-form form's draft under `key` as it is typed. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any form, whatever its resolver's output
export function useFormDraft<T extends FieldValues>(form: UseFormReturn<T, any, any>, key: string) {
  useEffect(
    () =>
      form.subscribe({
        formState: { values: true },
        callback: ({ values }) => writeDraft(key, values),
      }),
    [form, key],
  );
}
