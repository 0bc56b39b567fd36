// Validation shared by the file data sources: the content layer's rules (content/src/schemas.ts)
// for the fields the subgraph indexes, written for AssemblyScript.
import { Bytes, DataSourceContext, JSONValue, JSONValueKind, TypedMap } from "@graphprotocol/graph-ts";

/**
 * The context of a file data source: the id of the one entity it writes, the document's CID, the
 * chain entity it belongs to (under `ownerField`) and, for versioned documents, the version.
 */
export function documentContext(
  id: string,
  cid: string,
  ownerField: string,
  owner: Bytes,
  version: i32,
): DataSourceContext {
  const context = new DataSourceContext();
  context.setString("id", id);
  context.setString("cid", cid);
  context.setBytes(ownerField, owner);
  if (version > 0) context.setI32("version", version);
  return context;
}

const IMAGE_EXTENSIONS = ["jpg", "jpeg", "png", "webp", "gif", "avif"];

/**
 * Plain text: no control characters other than tab and newline, and no `<` that opens a tag,
 * comment or declaration (`<a`, `</`, `<!`, `<?`, with optional spaces between).
 */
export function isPlainText(value: string): boolean {
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if ((c < 32 && c != 9 && c != 10) || c == 127) return false;
    if (c != 60) continue;
    let j = i + 1;
    while (j < value.length && value.charCodeAt(j) == 32) j++;
    if (j < value.length) {
      const d = value.charCodeAt(j);
      if (d == 47 || d == 33 || d == 63) {
        j++;
        while (j < value.length && value.charCodeAt(j) == 32) j++;
      }
    }
    if (j < value.length) {
      const e = value.charCodeAt(j) | 32;
      if (e >= 97 && e <= 122) return false;
    }
  }
  return true;
}

/** One path segment: `[A-Za-z0-9_][A-Za-z0-9._-]*`. */
function isSegment(segment: string): boolean {
  if (segment.length == 0) return false;
  for (let i = 0; i < segment.length; i++) {
    const c = segment.charCodeAt(i);
    const alnum = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c == 95;
    if (!alnum && (i == 0 || (c != 46 && c != 45))) return false;
  }
  return true;
}

/** A relative path inside the document's directory that names an image: `img/front.webp`. */
export function isImagePath(path: string): boolean {
  if (path.length == 0 || path.length > 200) return false;
  const segments = path.split("/");
  for (let i = 0; i < segments.length; i++) if (!isSegment(segments[i])) return false;
  const dot = path.lastIndexOf(".");
  if (dot < 0) return false;
  return IMAGE_EXTENSIONS.includes(path.substring(dot + 1).toLowerCase());
}

/** A string field of plain text of 1..`max` characters, or null. */
export function requiredText(object: TypedMap<string, JSONValue>, key: string, max: i32): string | null {
  const value = object.get(key);
  if (value == null || value.kind != JSONValueKind.STRING) return null;
  const s = value.toString();
  if (s.length == 0 || s.length > max || !isPlainText(s)) return null;
  return s;
}

/** An optional text field: absent (value null), or plain text of 1..max characters, else invalid. */
export class OptionalText {
  constructor(
    public value: string | null,
    public invalid: boolean,
  ) {}
}

export function optionalText(object: TypedMap<string, JSONValue>, key: string, max: i32): OptionalText {
  const value = object.get(key);
  if (value == null || value.kind == JSONValueKind.NULL) return new OptionalText(null, false);
  const text = requiredText(object, key, max);
  return new OptionalText(text, text == null);
}

/** A list of `{ path, alt }` images: paths and alt texts, or invalid. */
export class ImageList {
  constructor(
    public paths: string[],
    public alts: string[],
    public invalid: boolean,
  ) {}
}

/** `key` as `min..max` objects with an image path and alt text (absent counts as empty). */
export function imageList(object: TypedMap<string, JSONValue>, key: string, min: i32, max: i32): ImageList {
  const paths: string[] = [];
  const alts: string[] = [];
  const value = object.get(key);
  if (value == null) return new ImageList(paths, alts, min > 0);
  if (value.kind != JSONValueKind.ARRAY) return new ImageList(paths, alts, true);
  const array = value.toArray();
  let invalid = array.length < min || array.length > max;
  for (let i = 0; i < array.length && i < max; i++) {
    if (array[i].kind != JSONValueKind.OBJECT) {
      invalid = true;
      continue;
    }
    const image = array[i].toObject();
    const path = requiredText(image, "path", 200);
    const alt = requiredText(image, "alt", 200);
    if (path == null || alt == null || !isImagePath(path!)) {
      invalid = true;
      continue;
    }
    paths.push(path!);
    alts.push(alt!);
  }
  return new ImageList(paths, alts, invalid);
}
