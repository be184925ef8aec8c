import { readFileSync } from "node:fs";
import { inflateSync } from "node:zlib";

/**
 * The TrueType/OpenType file a WOFF 1.0 font wraps, its tables inflated by Node's zlib, not by fontkit's inflater
 * in JavaScript (tiny-inflate), which took most of a second for the faces of an Arabic certificate.
 */
export function unwrapWoff(woff: Buffer): Buffer {
  if (woff.toString("latin1", 0, 4) !== "wOFF") throw new Error("Not a WOFF 1.0 font");
  const flavor = woff.readUInt32BE(4);
  const count = woff.readUInt16BE(12);
  const tables = Array.from({ length: count }, (_, i) => {
    const at = 44 + i * 20;
    const offset = woff.readUInt32BE(at + 4);
    const stored = woff.readUInt32BE(at + 8);
    const length = woff.readUInt32BE(at + 12);
    const raw = woff.subarray(offset, offset + stored);
    return {
      tag: woff.readUInt32BE(at),
      checksum: woff.readUInt32BE(at + 16),
      data: stored < length ? inflateSync(raw) : raw,
    };
  });
  // The sfnt header's binary-search fields, as the OpenType spec defines them.
  const selector = Math.floor(Math.log2(count));
  const range = 2 ** selector * 16;
  let size = 12 + 16 * count;
  const offsets = tables.map(({ data }) => {
    const offset = size;
    size += (data.length + 3) & ~3; // each table starts on a 4-byte boundary
    return offset;
  });
  const sfnt = Buffer.alloc(size);
  sfnt.writeUInt32BE(flavor, 0);
  sfnt.writeUInt16BE(count, 4);
  sfnt.writeUInt16BE(range, 6);
  sfnt.writeUInt16BE(selector, 8);
  sfnt.writeUInt16BE(count * 16 - range, 10);
  tables.forEach(({ tag, checksum, data }, i) => {
    const at = 12 + 16 * i;
    sfnt.writeUInt32BE(tag, at);
    sfnt.writeUInt32BE(checksum, at + 4);
    sfnt.writeUInt32BE(offsets[i], at + 8);
    sfnt.writeUInt32BE(data.length, at + 12);
    data.copy(sfnt, offsets[i]);
  });
  return sfnt;
}

const unwrapped = new Map<string, Buffer>();

/**
 * A font file's bytes for pdfkit, a WOFF unwrapped once per process: opening it from the WOFF, fontkit inflated the
 * same tables again for each document (an Arabic certificate took 870 ms; from these bytes about 35). Each document
 * still opens its own font from them: a font shared by documents remembers, for a glyph drawn for several letters
 * (an Arabic shape and its dots), the letter an earlier document drew, and would give the text layer that one.
 */
export function fontBytes(file: string): Buffer {
  let bytes = unwrapped.get(file);
  if (!bytes) {
    bytes = unwrapWoff(readFileSync(file));
    unwrapped.set(file, bytes);
  }
  return bytes;
}
