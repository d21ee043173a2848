import { readdir, readFile, stat } from "node:fs/promises";
import path from "node:path";
import { articlesFromFiles, articlesFromUpload, IMPORT_LIMITS, type ImportBatch } from "./import-source";
import type { ZipEntry } from "./zip-archive";

/** Every file under a folder, named by its path inside it, for a self-hoster's import from disk. */
async function filesUnder(root: string): Promise<ZipEntry[]> {
  const files: ZipEntry[] = [];
  for (const entry of await readdir(root, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const full = path.join(entry.parentPath, entry.name);
    const name = path.relative(root, full).split(path.sep).join("/");
    if (files.length >= IMPORT_LIMITS.maxEntries) throw new Error(`The folder holds more than ${IMPORT_LIMITS.maxEntries} files; import it in parts.`);
    const size = (await stat(full)).size;
    files.push({ name, content: size > IMPORT_LIMITS.maxFileBytes ? { error: `the file is larger than ${IMPORT_LIMITS.maxFileBytes} bytes` } : await readFile(full) });
  }
  return files;
}

/** A folder of Markdown files, a .zip of them, a .csv or one .md file on the server's disk. */
export async function readImportSource(location: string): Promise<{ name: string; batch: ImportBatch }> {
  const info = await stat(location).catch((error: NodeJS.ErrnoException) => {
    throw error.code === "ENOENT" ? new Error(`There is no file or folder at ${location}.`) : error;
  });
  const name = path.basename(path.resolve(location));
  if (info.isDirectory()) return { name, batch: articlesFromFiles(await filesUnder(location)) };
  if (info.size > IMPORT_LIMITS.maxTotalBytes) throw new Error(`${name} is larger than ${IMPORT_LIMITS.maxTotalBytes} bytes.`);
  return { name, batch: articlesFromUpload(name, await readFile(location)) };
}
