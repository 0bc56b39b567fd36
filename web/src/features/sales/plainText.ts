// Plain text as the content layer takes it (no HTML tag, no control character but tab and newline),
// for the sales forms; each failure is a message key the form translates.
import { z } from "zod";

/** No HTML tag, comment or declaration (the content layer refuses `<` that opens one). */
const HTML_TAG = /<\s*[/!?]?\s*[a-zA-Z]/;
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f]/;

export type TextErrorKey = "required" | "tooLong" | "markup" | "control";

/**
 * Trimmed plain text of at most `max` characters (required unless `optional`). Characters are
 * UTF-16 units, as the subgraph (AssemblyScript) counts them: zod's `max` counts code points, so
 * an emoji would pass here and fail there.
 */
export const plainText = (max: number, { optional = false }: { optional?: boolean } = {}) =>
  z
    .string()
    .trim()
    .min(optional ? 0 : 1, "required")
    .refine((text) => text.length <= max, "tooLong")
    .refine((text) => !HTML_TAG.test(text), "markup")
    .refine((text) => !CONTROL.test(text), "control");

/** An https address, or nothing. */
export const httpsUrl = z
  .string()
  .trim()
  .refine((text) => {
    if (text === "") return true;
    try {
      return new URL(text).protocol === "https:";
    } catch {
      return false;
    }
  }, "url");
