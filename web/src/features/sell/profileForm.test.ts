import { profileSchema } from "@agora/content/schemas";
import { describe, expect, it, vi } from "vitest";
import {
  avatarFileOf,
  checkAvatar,
  PROFILE_BIO_MAX,
  PROFILE_NAME_MAX,
  profileDocument,
  profileFormSchema,
  type PublishedProfile,
} from "./profileForm";

const KEY = "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8="; // 32 bytes in base64

/** The first message of a field, or undefined when the form passes. */
function messageOf(values: { name: string; bio: string }, field: "name" | "bio") {
  const result = profileFormSchema.safeParse(values);
  return result.success ? undefined : result.error.issues.find((issue) => issue.path[0] === field)?.message;
}

describe("profile form", () => {
  it("takes the content schema's limits", () => {
    expect(PROFILE_NAME_MAX).toBe(60);
    expect(PROFILE_BIO_MAX).toBe(1000);
  });

  it("requires a name and keeps it within 60 characters of plain text", () => {
    expect(messageOf({ name: "", bio: "" }, "name")).toBe("required");
    expect(messageOf({ name: "   ", bio: "" }, "name")).toBe("required");
    expect(messageOf({ name: "x".repeat(61), bio: "" }, "name")).toBe("tooLong");
    expect(messageOf({ name: "<b>Lin</b>", bio: "" }, "name")).toBe("invalid");
    expect(messageOf({ name: "x".repeat(60), bio: "" }, "name")).toBeUndefined();
  });

  it("takes an empty bio, refuses one over 1000 characters", () => {
    expect(messageOf({ name: "Lin", bio: "" }, "bio")).toBeUndefined();
    expect(messageOf({ name: "Lin", bio: "y".repeat(1001) }, "bio")).toBe("tooLong");
    expect(messageOf({ name: "Lin", bio: "a\u0001b" }, "bio")).toBe("invalid");
  });

  it("trims the values it gives", () => {
    expect(profileFormSchema.parse({ name: "  Lin  ", bio: " Lamps\n" })).toEqual({ name: "Lin", bio: "Lamps" });
  });
});

describe("avatar checks (before any upload)", () => {
  it("takes PNG, JPEG and WebP up to 2 MB, with their extension", () => {
    expect(checkAvatar({ type: "image/png", size: 2 * 1024 * 1024 })).toEqual({ ok: true, extension: "png" });
    expect(checkAvatar({ type: "image/jpeg", size: 10 })).toEqual({ ok: true, extension: "jpg" });
    expect(checkAvatar({ type: "image/webp", size: 10 })).toEqual({ ok: true, extension: "webp" });
  });

  it("refuses a 3 MB picture and a GIF", () => {
    expect(checkAvatar({ type: "image/png", size: 3 * 1024 * 1024 })).toEqual({ ok: false, problem: "size" });
    expect(checkAvatar({ type: "image/gif", size: 10 })).toEqual({ ok: false, problem: "type" });
    expect(checkAvatar({ type: "", size: 10 })).toEqual({ ok: false, problem: "type" });
  });
});

describe("the published document", () => {
  const published: PublishedProfile = { cid: "bafyold", version: 1, name: "Lin", avatar: "avatar.webp" };

  it("is a valid agora/profile@1 with the key, and no empty bio", () => {
    const document = profileDocument({ name: "Lin", bio: "" }, "avatar.png", KEY);
    expect(profileSchema.parse(document)).toEqual({
      schema: "agora/profile@1",
      name: "Lin",
      avatar: "avatar.png",
      encryptionPublicKey: KEY,
    });
    expect(profileSchema.parse(profileDocument({ name: "Lin", bio: "Lamps" }, undefined, KEY))).toMatchObject({
      bio: "Lamps",
    });
  });

  it("re-reads the published avatar when kept, takes a new file as avatar.<ext>, or none", async () => {
    const readBytes = vi.fn(async () => new Uint8Array([1, 2, 3]));
    await expect(avatarFileOf({ kind: "keep" }, published, readBytes)).resolves.toEqual({
      path: "avatar.webp",
      content: new Uint8Array([1, 2, 3]),
    });
    expect(readBytes).toHaveBeenCalledWith("bafyold/avatar.webp");

    const file = new File([new Uint8Array([9, 8])], "me.jpeg", { type: "image/jpeg" });
    const chosen = await avatarFileOf({ kind: "new", file, extension: "jpg" }, published, readBytes);
    expect(chosen?.path).toBe("avatar.jpg");
    expect([...chosen!.content]).toEqual([9, 8]);

    await expect(avatarFileOf({ kind: "remove" }, published, readBytes)).resolves.toBeUndefined();
    await expect(avatarFileOf({ kind: "keep" }, { ...published, avatar: null }, readBytes)).resolves.toBeUndefined();
    expect(readBytes).toHaveBeenCalledTimes(1);
  });
});
