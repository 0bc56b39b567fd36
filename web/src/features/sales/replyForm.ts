// The seller's reply to a review: plain text of 1 to 5,000 characters, as the subgraph takes it (a
// bare UTF-8 file, its length counted in UTF-16 units like JavaScript's, newlines as "\n").
import { z } from "zod";
import { plainText, type TextErrorKey } from "./plainText";

export const REPLY_MAX = 5_000;

export const replyFormSchema = z.object({
  text: z
    .string()
    .transform((text) => text.replace(/\r\n?/g, "\n"))
    .pipe(plainText(REPLY_MAX)),
});
export type ReplyFormInput = z.input<typeof replyFormSchema>;
export type ReplyFormValues = z.output<typeof replyFormSchema>;
export type ReplyErrorKey = TextErrorKey;
