// File data source: a listing's `<cid>/metadata.json`. Never fails: a document that is not valid
// JSON or does not match schema agora/listing@1 is stored with `valid: false` and an `error`.
import { Bytes, JSONValue, JSONValueKind, TypedMap, dataSource, json } from "@graphprotocol/graph-ts";
import { ListingMetadata } from "../../generated/schema";
import { imageList, requiredText } from "../helpers/documents";

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

/** A string field whose value is one of `allowed`, or null. */
function oneOf(object: TypedMap<string, JSONValue>, key: string, allowed: string[]): string | null {
  const value = requiredText(object, key, 40);
  if (value == null || !allowed.includes(value!)) return null;
  return value;
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
  metadata.cid = context.getString("cid");
  metadata.source = dataSource.stringParam();
  metadata.valid = false;

  const parsed = json.try_fromBytes(content);
  if (parsed.isError || parsed.value.kind != JSONValueKind.OBJECT) {
    metadata.error = "not a JSON object";
    metadata.save();
    return;
  }
  const object = parsed.value.toObject();
  metadata.schema = requiredText(object, "schema", 40);
  metadata.name = requiredText(object, "name", 120);
  metadata.description = requiredText(object, "description", 5000);
  metadata.category = oneOf(object, "category", CATEGORIES);
  metadata.condition = oneOf(object, "condition", CONDITIONS);
  metadata.kind = oneOf(object, "kind", KINDS);

  const images = imageList(object, "images", 1, MAX_IMAGES);
  if (images.paths.length > 0) {
    metadata.images = images.paths;
    metadata.imageAlts = images.alts;
    metadata.coverImage = images.paths[0];
  }

  let error: string | null = null;
  if (metadata.schema != LISTING_SCHEMA) error = "schema must be " + LISTING_SCHEMA;
  else if (metadata.name == null) error = "name must be plain text of 1-120 characters";
  else if (metadata.description == null) error = "description must be plain text of 1-5000 characters";
  else if (metadata.category == null) error = "category is not a known category";
  else if (metadata.condition == null) error = "condition is not a known condition";
  else if (metadata.kind == null) error = "kind must be physical or digital";
  else if (images.invalid) error = "images must be 1-12 objects with an image path and alt text";
  metadata.valid = error == null;
  metadata.error = error;
  if (error != null) clearFields(metadata);
  metadata.save();
}
