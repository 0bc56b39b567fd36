/** A minimal multipart/form-data reader for bodies already in memory (size-capped upstream). */
export interface FormPart {
  name?: string;
  fileName?: string;
  content: Buffer;
}

export function boundaryOf(contentType: string | undefined): string | undefined {
  const match = /boundary=(?:"([^"]+)"|([^;\s]+))/i.exec(contentType ?? "");
  return match?.[1] ?? match?.[2];
}

export function parseMultipart(body: Buffer, boundary: string): FormPart[] {
  const delimiter = Buffer.from(`--${boundary}`);
  const next = Buffer.from(`\r\n--${boundary}`);
  const parts: FormPart[] = [];
  let position = body.indexOf(delimiter);
  if (position === -1) throw new Error("multipart body without its boundary");
  for (;;) {
    let start = position + delimiter.length;
    if (body[start] === 0x2d && body[start + 1] === 0x2d) return parts; // closing "--"
    if (body[start] === 0x0d && body[start + 1] === 0x0a) start += 2;
    const headerEnd = body.indexOf("\r\n\r\n", start);
    if (headerEnd === -1) throw new Error("multipart part without headers");
    const headers = body.subarray(start, headerEnd).toString("latin1");
    const contentStart = headerEnd + 4;
    const end = body.indexOf(next, contentStart);
    if (end === -1) throw new Error("multipart body is truncated");
    const disposition = /content-disposition:([^\r\n]*)/i.exec(headers)?.[1] ?? "";
    parts.push({
      name: /\bname="([^"]*)"/i.exec(disposition)?.[1],
      fileName: /\bfilename="([^"]*)"/i.exec(disposition)?.[1],
      content: body.subarray(contentStart, end),
    });
    position = end + 2;
  }
}
