// File data source: a listing's `<cid>/metadata.json`. Never fails: a document that is not valid
// JSON or does not match schema agora/listing@1 is stored with `valid: false` and an `error`.
import { Bytes, JSONValue, JSONValueKind, TypedMap, dataSource, json } from "@graphprotocol/graph-ts";
import { ListingMetadata } from "../../generated/schema";

const LISTING_SCHEMA = "agora/listing@1";
const CATEGORIES = [
  "electronics",
  "home",
  "fashion",
  "books",
  "art",
  "collectibles",
  "sports",
  "toys",
  "music",
  "digital",
  "other",
];
const CONDITIONS = ["new", "like-new", "used-good", "used-fair", "refurbished", "not-applicable"];
const KINDS = ["physical", "digital"];
const MAX_IMAGES = 12;

/** A string field of at most `max` characters (at least one), or null. */
function text(object: TypedMap<string, JSONValue>, key: string, max: i32): string | null {
  const value = object.get(key);
  if (value == null || value.kind != JSONValueKind.STRING) return null;
  const s = value.toString();
  if (s.length == 0 || s.length > max) return null;
  return s;
}

/** A string field whose value is one of `allowed`, or null. */
function oneOf(object: TypedMap<string, JSONValue>, key: string, allowed: string[]): string | null {
  const value = text(object, key, 40);
  if (value == null || !allowed.includes(value!)) return null;
  return value;
}

/** A relative path inside the listing directory (no absolute paths, no `..`, no URLs). */
function isRelativePath(path: string): boolean {
  if (path.startsWith("/") || path.includes("..") || path.includes(":") || path.includes("\\")) return false;
  return true;
}

/** An invalid document keeps only its error: nothing of it is shown or searchable. */
function clearFields(metadata: ListingMetadata): void {
  metadata.name = null;
  metadata.description = null;
  metadata.category = null;
  metadata.condition = null;
  metadata.kind = null;
  metadata.images = null;
  metadata.imageAlts = null;
  metadata.coverImage = null;
}

export function handleListingMetadata(content: Bytes): void {
  const context = dataSource.context();
  const metadata = new ListingMetadata(context.getString("id"));
  metadata.listing = context.getBytes("listing");
  metadata.version = context.getI32("version");
  metadata.source = dataSource.stringParam();
  metadata.valid = false;

  const parsed = json.try_fromBytes(content);
  if (parsed.isError || parsed.value.kind != JSONValueKind.OBJECT) {
    metadata.error = "not a JSON object";
    metadata.save();
    return;
  }
  const object = parsed.value.toObject();
  metadata.schema = text(object, "schema", 40);
  metadata.name = text(object, "name", 120);
  metadata.description = text(object, "description", 5000);
  metadata.category = oneOf(object, "category", CATEGORIES);
  metadata.condition = oneOf(object, "condition", CONDITIONS);
  metadata.kind = oneOf(object, "kind", KINDS);

  const images: string[] = [];
  const alts: string[] = [];
  let imagesOk = false;
  const imagesValue = object.get("images");
  if (imagesValue != null && imagesValue.kind == JSONValueKind.ARRAY) {
    const array = imagesValue.toArray();
    imagesOk = array.length >= 1 && array.length <= MAX_IMAGES;
    for (let i = 0; i < array.length && i < MAX_IMAGES; i++) {
      if (array[i].kind != JSONValueKind.OBJECT) {
        imagesOk = false;
        continue;
      }
      const image = array[i].toObject();
      const path = text(image, "path", 200);
      const alt = text(image, "alt", 200);
      if (path == null || alt == null || !isRelativePath(path!)) {
        imagesOk = false;
        continue;
      }
      images.push(path!);
      alts.push(alt!);
    }
  }
  if (images.length > 0) {
    metadata.images = images;
    metadata.imageAlts = alts;
    metadata.coverImage = images[0];
  }

  let error: string | null = null;
  if (metadata.schema != LISTING_SCHEMA) error = "schema must be " + LISTING_SCHEMA;
  else if (metadata.name == null) error = "name must be text of 1-120 characters";
  else if (metadata.description == null) error = "description must be text of 1-5000 characters";
  else if (metadata.category == null) error = "category is not a known category";
  else if (metadata.condition == null) error = "condition is not a known condition";
  else if (metadata.kind == null) error = "kind must be physical or digital";
  else if (!imagesOk) error = "images must be 1-12 objects with a relative path and alt text";
  metadata.valid = error == null;
  metadata.error = error;
  if (error != null) clearFields(metadata);
  metadata.save();
}
