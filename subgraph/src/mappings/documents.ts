// File data sources of account and review documents: a profile's `profile.json`, a review's
// `review.json` and a reply's text. Like listing metadata, they never fail: a document that is not
// valid JSON, or does not match its schema, is stored with `valid: false` and an `error`.
import { Bytes, JSONValue, JSONValueKind, TypedMap, dataSource, json } from "@graphprotocol/graph-ts";
import { Profile, ReviewContent, ReviewReplyContent } from "../../generated/schema";
import { imageList, isImagePath, isPlainText, optionalText, requiredText } from "../helpers/documents";

const PROFILE_SCHEMA = "agora/profile@1";
const REVIEW_SCHEMA = "agora/review@1";
/** Review photos (content layer: at most 6). */
const MAX_REVIEW_IMAGES = 6;
/** Replies and review bodies: at most 5,000 characters. */
const MAX_TEXT = 5000;

/** The document as a JSON object, or null. */
function parseObject(content: Bytes): TypedMap<string, JSONValue> | null {
  const parsed = json.try_fromBytes(content);
  if (parsed.isError || parsed.value.kind != JSONValueKind.OBJECT) return null;
  return parsed.value.toObject();
}

/** True if `value` is 32 bytes in standard base64 (an X25519 public key): 43 characters and "=". */
function isX25519Key(value: string): boolean {
  if (value.length != 44 || value.charAt(43) != "=") return false;
  for (let i = 0; i < 43; i++) {
    const c = value.charCodeAt(i);
    const ok = (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c == 43 || c == 47;
    if (!ok) return false;
  }
  // 32 bytes leave 2 unused bits in the last character: it must be one of the 16 with them zero.
  return "AEIMQUYcgkosw048".includes(value.charAt(42));
}

export function handleProfile(content: Bytes): void {
  const context = dataSource.context();
  const profile = new Profile(context.getString("id"));
  profile.account = context.getBytes("account");
  profile.version = context.getI32("version");
  profile.cid = context.getString("cid");
  profile.valid = false;
  const object = parseObject(content);
  if (object == null) {
    profile.error = "not a JSON object";
    profile.save();
    return;
  }
  const name = requiredText(object, "name", 60);
  const avatar = optionalText(object, "avatar", 200);
  const bio = optionalText(object, "bio", 1000);
  const key = requiredText(object, "encryptionPublicKey", 44);
  let error: string | null = null;
  const schema = requiredText(object, "schema", 40);
  if (schema == null || schema! != PROFILE_SCHEMA) error = "schema must be " + PROFILE_SCHEMA;
  else if (name == null) error = "name must be plain text of 1-60 characters";
  else if (avatar.invalid || (avatar.value != null && !isImagePath(avatar.value!)))
    error = "avatar must be an image path inside the profile directory";
  else if (bio.invalid) error = "bio must be plain text of 1-1000 characters";
  else if (key == null || !isX25519Key(key!)) error = "encryptionPublicKey must be a 32-byte key in base64";
  if (error == null) {
    profile.valid = true;
    profile.name = name;
    profile.avatar = avatar.value;
    profile.bio = bio.value;
    profile.encryptionPublicKey = key;
  }
  profile.error = error;
  profile.save();
}

export function handleReviewContent(content: Bytes): void {
  const context = dataSource.context();
  const review = new ReviewContent(context.getString("id"));
  review.review = context.getBytes("review");
  review.cid = context.getString("cid");
  review.valid = false;
  const object = parseObject(content);
  if (object == null) {
    review.error = "not a JSON object";
    review.save();
    return;
  }
  const schema = requiredText(object, "schema", 40);
  const title = optionalText(object, "title", 120);
  // The body may be empty (a rating alone).
  const bodyValue = object.get("body");
  const body =
    bodyValue != null && bodyValue.kind == JSONValueKind.STRING && bodyValue.toString().length <= MAX_TEXT
      ? bodyValue.toString()
      : null;
  const images = imageList(object, "images", 0, MAX_REVIEW_IMAGES);
  let error: string | null = null;
  if (schema == null || schema! != REVIEW_SCHEMA) error = "schema must be " + REVIEW_SCHEMA;
  else if (title.invalid) error = "title must be plain text of 1-120 characters";
  else if (body == null || !isPlainText(body!)) error = "body must be plain text of at most 5000 characters";
  else if (images.invalid) error = "images must be at most 6 objects with an image path and alt text";
  if (error == null) {
    review.valid = true;
    review.title = title.value;
    review.body = body;
    review.images = images.paths;
    review.imageAlts = images.alts;
  }
  review.error = error;
  review.save();
}

export function handleReviewReplyContent(content: Bytes): void {
  const context = dataSource.context();
  const reply = new ReviewReplyContent(context.getString("id"));
  reply.reply = context.getBytes("reply");
  reply.valid = false;
  // A reply is a bare UTF-8 text file.
  const text = content.toString();
  if (text.length == 0 || text.length > MAX_TEXT || !isPlainText(text)) {
    reply.error = "a reply must be plain text of 1-5000 characters";
  } else {
    reply.valid = true;
    reply.text = text;
  }
  reply.save();
}
