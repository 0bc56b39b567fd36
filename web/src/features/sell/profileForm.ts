// The seller profile form: its text fields (zod for react-hook-form, gated by the content layer's
// own `profileSchema` so what passes here publishes), the avatar's checks made before any upload,
// the draft's key, and the `profile.json` document the form becomes (agora/profile@1).
import { PROFILE_SCHEMA, profileSchema, type ProfileInput } from "@agora/content/schemas";
import { z } from "zod";

/** The content schema's limits (name 60, bio 1000), read from the schema itself. */
export const PROFILE_NAME_MAX = profileSchema.shape.name.maxLength ?? 60;
export const PROFILE_BIO_MAX = profileSchema.shape.bio.unwrap().maxLength ?? 1_000;

/** The avatar's accepted types (their extension in the profile's directory) and size limit. */
export const AVATAR_TYPES: Readonly<Record<string, string>> = {
  "image/png": "png",
  "image/jpeg": "jpg",
  "image/webp": "webp",
};
export const AVATAR_MAX_BYTES = 2 * 1024 * 1024;

/** Error messages are keys under `profile.errors` (the form shows them translated). */
export type ProfileErrorKey = "required" | "tooLong" | "invalid";

/** Trimmed text checked against the content schema's field; "" is allowed only when optional. */
const gatedText = (field: z.ZodType<string>, max: number, required: boolean) =>
  z
    .string()
    .trim()
    .superRefine((text, ctx) => {
      if (text === "") {
        if (required) ctx.addIssue({ code: "custom", message: "required" satisfies ProfileErrorKey });
      } else if (text.length > max) {
        ctx.addIssue({ code: "custom", message: "tooLong" satisfies ProfileErrorKey });
      } else if (!field.safeParse(text).success) {
        ctx.addIssue({ code: "custom", message: "invalid" satisfies ProfileErrorKey });
      }
    });

export const profileFormSchema = z.object({
  name: gatedText(profileSchema.shape.name, PROFILE_NAME_MAX, true),
  bio: gatedText(profileSchema.shape.bio.unwrap(), PROFILE_BIO_MAX, false),
});
export type ProfileFormInput = z.input<typeof profileFormSchema>;
export type ProfileFormValues = z.output<typeof profileFormSchema>;

/** Where the form's draft is kept: one per chain and account. */
export const profileDraftKey = (chainId: number, account: string) =>
  `agora.sell.profile.${chainId}.${account.toLowerCase()}`;

export type AvatarCheck = { ok: true; extension: string } | { ok: false; problem: "type" | "size" };

/** Whether a chosen file can be the avatar: PNG, JPEG or WebP by its type, at most 2 MB. */
export function checkAvatar(file: { type: string; size: number }): AvatarCheck {
  const extension = AVATAR_TYPES[file.type];
  if (!extension) return { ok: false, problem: "type" };
  if (file.size > AVATAR_MAX_BYTES) return { ok: false, problem: "size" };
  return { ok: true, extension };
}

/** The avatar as the form holds it: the published one kept, a newly chosen file, or none. */
export type AvatarChoice =
  | { kind: "keep" }
  /** `preview`: the file's object URL (none where the browser cannot make one). */
  | { kind: "new"; file: File; extension: string; preview?: string }
  | { kind: "remove" };

/** The profile now on the index (the Seller query's newest valid `Profile`). */
export interface PublishedProfile {
  cid: string;
  version: number;
  name?: string | null;
  avatar?: string | null;
  bio?: string | null;
  encryptionPublicKey?: string | null;
}

/** One file of the profile's directory. */
export interface AvatarFile {
  path: string;
  content: Uint8Array;
}

/**
 * The avatar file of the new profile directory: the chosen file as `avatar.<ext>`, the published
 * one re-read (verified) from IPFS under its own path when kept, or none.
 */
export async function avatarFileOf(
  choice: AvatarChoice,
  published: PublishedProfile | undefined,
  readBytes: (address: string) => Promise<Uint8Array>,
): Promise<AvatarFile | undefined> {
  if (choice.kind === "new") {
    return { path: `avatar.${choice.extension}`, content: new Uint8Array(await choice.file.arrayBuffer()) };
  }
  if (choice.kind === "keep" && published?.avatar) {
    return { path: published.avatar, content: await readBytes(`${published.cid}/${published.avatar}`) };
  }
  return undefined;
}

/** The `profile.json` document: the form's values, the avatar's path and the account's public key. */
export function profileDocument(
  values: ProfileFormValues,
  avatarPath: string | undefined,
  encryptionPublicKey: string,
): ProfileInput {
  return {
    schema: PROFILE_SCHEMA,
    name: values.name,
    ...(values.bio ? { bio: values.bio } : {}),
    ...(avatarPath ? { avatar: avatarPath } : {}),
    encryptionPublicKey,
  };
}
