import { inflateRawSync } from "node:zlib";

/**
 * Reads the files of a zip archive (stored or deflated, as every zip tool writes them) from its
 * central directory. Sizes are bounded before inflating, so a small archive that unpacks to
 * gigabytes is refused instead of filling memory.
 */
export interface ZipEntry {
  name: string;
  /** The file's bytes, or why it could not be read. */
  content: Buffer | { error: string };
}

export interface ZipLimits {
  maxEntries: number;
  maxFileBytes: number;
  maxTotalBytes: number;
}

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;

export class ZipArchiveError extends Error {}

function endOfDirectory(zip: Buffer): number {
  // The record is 22 bytes plus a comment of at most 65,535.
  for (let at = zip.length - 22; at >= Math.max(0, zip.length - 22 - 0xffff); at--) {
    if (zip.readUInt32LE(at) === END_OF_DIRECTORY) return at;
  }
  throw new ZipArchiveError("This is not a zip archive (no zip directory at its end).");
}

export function readZip(zip: Buffer, limits: ZipLimits): ZipEntry[] {
  if (zip.length < 22) throw new ZipArchiveError("This is not a zip archive (it is too short).");
  const end = endOfDirectory(zip);
  const count = zip.readUInt16LE(end + 10);
  const directoryOffset = zip.readUInt32LE(end + 16);
  if (count === 0xffff || directoryOffset === 0xffffffff) throw new ZipArchiveError("ZIP64 archives are not supported; zip fewer or smaller files.");
  if (count > limits.maxEntries) throw new ZipArchiveError(`The archive holds ${count} entries; at most ${limits.maxEntries} are imported at once.`);
  const entries: ZipEntry[] = [];
  let total = 0;
  let at = directoryOffset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > zip.length || zip.readUInt32LE(at) !== DIRECTORY_ENTRY) throw new ZipArchiveError("The archive's directory is damaged.");
    const flags = zip.readUInt16LE(at + 8);
    const method = zip.readUInt16LE(at + 10);
    const compressedSize = zip.readUInt32LE(at + 20);
    const size = zip.readUInt32LE(at + 24);
    const nameLength = zip.readUInt16LE(at + 28);
    const extraLength = zip.readUInt16LE(at + 30);
    const commentLength = zip.readUInt16LE(at + 32);
    const localOffset = zip.readUInt32LE(at + 42);
    const name = zip.subarray(at + 46, at + 46 + nameLength).toString("utf8");
    at += 46 + nameLength + extraLength + commentLength;
    if (name.endsWith("/")) continue;
    entries.push({ name, content: entryContent(zip, { flags, method, compressedSize, size, localOffset }, limits, total) });
    total += size;
    if (total > limits.maxTotalBytes) throw new ZipArchiveError(`The archive unpacks to more than ${limits.maxTotalBytes} bytes.`);
  }
  return entries;
}

function entryContent(
  zip: Buffer,
  entry: { flags: number; method: number; compressedSize: number; size: number; localOffset: number },
  limits: ZipLimits,
  totalSoFar: number,
): ZipEntry["content"] {
  if (entry.flags & 1) return { error: "the file is encrypted" };
  if (entry.size > limits.maxFileBytes) return { error: `the file is larger than ${limits.maxFileBytes} bytes` };
  if (totalSoFar + entry.size > limits.maxTotalBytes) return { error: "the archive unpacks to too much" };
  const local = entry.localOffset;
  if (local + 30 > zip.length || zip.readUInt32LE(local) !== LOCAL_HEADER) return { error: "the archive is damaged at this file" };
  const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
  const data = zip.subarray(start, start + entry.compressedSize);
  if (data.length !== entry.compressedSize) return { error: "the archive is cut short at this file" };
  if (entry.method === 0) return Buffer.from(data);
  if (entry.method !== 8) return { error: `it is compressed with method ${entry.method}; only stored and deflated files are read` };
  try {
    const content = inflateRawSync(data, { maxOutputLength: Math.max(1, entry.size) });
    return content.length === entry.size ? content : { error: "its unpacked size does not match the archive's directory" };
  } catch {
    return { error: "it could not be unpacked (damaged or larger than the archive says)" };
  }
}
