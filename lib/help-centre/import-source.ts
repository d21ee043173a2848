import path from "node:path";
import { articleInput, describeIssues, type ArticleInput } from "./article-input";
import { parseCsv } from "./csv";
import { parseMarkdownDocument, type FrontMatterValue } from "./front-matter";
import { readZip, ZipArchiveError, type ZipEntry } from "./zip-archive";

/**
 * Turns an import (a zip or folder of Markdown files with front matter, or a CSV) into articles,
 * file by file: a bad file is reported by name with its reason and the good ones still import.
 */
export interface ImportedArticle {
  /** Where it came from: the file's path inside the archive or folder, or the CSV row's key. */
  source: string;
  input: ArticleInput;
}

export interface RejectedFile {
  name: string;
  reason: string;
}

export interface ImportBatch {
  articles: ImportedArticle[];
  rejected: RejectedFile[];
  /** Files that are not articles (images, dotfiles) and were left alone. */
  ignored: string[];
}

export const IMPORT_LIMITS = { maxEntries: 2000, maxFileBytes: 256 * 1024, maxTotalBytes: 32 * 1024 * 1024 };

export const CSV_COLUMNS = ["slug", "language", "title", "category", "tags", "body"] as const;

const MARKDOWN_FILE = /\.(md|markdown)$/i;

function isHidden(name: string): boolean {
  return name.split("/").some((part) => part.startsWith(".") || part === "__MACOSX");
}

function text(value: FrontMatterValue | undefined): string | undefined {
  return typeof value === "string" ? value : undefined;
}

function list(value: FrontMatterValue | undefined): unknown {
  if (typeof value === "string") return value.split(/[,;]/).map((t) => t.trim()).filter(Boolean);
  return value ?? [];
}

/** A leading `# Title` repeats what the page already shows as the title, so it is taken as the title. */
function splitTitle(body: string): { heading: string | null; rest: string } {
  const match = /^\s*#\s+(.+?)\s*#*\s*(?:\n|$)/.exec(body);
  return match ? { heading: match[1]!, rest: body.slice(match[0].length) } : { heading: null, rest: body };
}

/** One Markdown file: front matter for the fields; the slug defaults to the file's name, the language to English. */
export function articleFromMarkdown(name: string, content: string): ImportedArticle {
  const { fields, body } = parseMarkdownDocument(content);
  const { heading, rest } = splitTitle(body);
  const title = text(fields.title) ?? heading ?? undefined;
  const candidate = {
    slug: text(fields.slug) ?? path.posix.basename(name).replace(MARKDOWN_FILE, "").toLowerCase(),
    language: text(fields.language) ?? text(fields.lang) ?? "en",
    title,
    category: text(fields.category) ?? "general",
    tags: list(fields.tags),
    body: heading !== null && heading === title ? rest : body,
    published: fields.published ?? true,
  };
  const parsed = articleInput.safeParse(candidate);
  if (!parsed.success) throw new Error(describeIssues(parsed.error));
  return { source: name, input: parsed.data };
}

function reasonOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Files from a zip or a folder, by their path inside it. */
export function articlesFromFiles(files: readonly ZipEntry[]): ImportBatch {
  const batch: ImportBatch = { articles: [], rejected: [], ignored: [] };
  const seen = new Map<string, string>();
  for (const file of [...files].sort((a, b) => a.name.localeCompare(b.name))) {
    if (isHidden(file.name) || !MARKDOWN_FILE.test(file.name)) {
      batch.ignored.push(file.name);
      continue;
    }
    if (!Buffer.isBuffer(file.content)) {
      batch.rejected.push({ name: file.name, reason: `It could not be read: ${file.content.error}.` });
      continue;
    }
    try {
      add(batch, seen, file.name, articleFromMarkdown(file.name, file.content.toString("utf8")));
    } catch (error) {
      batch.rejected.push({ name: file.name, reason: reasonOf(error) });
    }
  }
  return batch;
}

function add(batch: ImportBatch, seen: Map<string, string>, name: string, article: ImportedArticle) {
  const key = `${article.input.slug}/${article.input.language}`;
  const first = seen.get(key);
  if (first) throw new Error(`${first} already has the slug "${article.input.slug}" in ${article.input.language}.`);
  seen.set(key, name);
  batch.articles.push(article);
}

/** A CSV with the header slug,language,title,category,tags,body (and optionally published); tags separated by commas or semicolons. */
export function articlesFromCsv(name: string, content: string): ImportBatch {
  const batch: ImportBatch = { articles: [], rejected: [], ignored: [] };
  let records;
  try {
    records = parseCsv(content);
  } catch (error) {
    return { ...batch, rejected: [{ name, reason: reasonOf(error) }] };
  }
  const [header, ...rows] = records;
  const columns = header?.fields.map((c) => c.trim().toLowerCase()) ?? [];
  const missing = CSV_COLUMNS.filter((c) => !columns.includes(c));
  if (missing.length > 0) return { ...batch, rejected: [{ name, reason: `The first line must name the columns ${CSV_COLUMNS.join(",")}; missing: ${missing.join(", ")}.` }] };
  const seen = new Map<string, string>();
  for (const row of rows) {
    const rowName = `${name} line ${row.line}`;
    const cell = (column: string) => row.fields[columns.indexOf(column)]?.trim() ?? "";
    try {
      if (row.fields.length !== columns.length) throw new Error(`It has ${row.fields.length} fields; the header names ${columns.length}.`);
      const published = columns.includes("published") && cell("published") !== "" ? cell("published").toLowerCase() : "true";
      if (published !== "true" && published !== "false") throw new Error('published must be "true" or "false".');
      const parsed = articleInput.safeParse({
        slug: cell("slug"),
        language: cell("language") || "en",
        title: cell("title"),
        category: cell("category") || "general",
        tags: list(cell("tags")),
        body: cell("body"),
        published: published === "true",
      });
      if (!parsed.success) throw new Error(describeIssues(parsed.error));
      add(batch, seen, rowName, { source: `${name}#${parsed.data.slug}/${parsed.data.language}`, input: parsed.data });
    } catch (error) {
      batch.rejected.push({ name: rowName, reason: reasonOf(error) });
    }
  }
  return batch;
}

/** An uploaded file, by its extension: a zip of Markdown files, a CSV, or one Markdown file. */
export function articlesFromUpload(name: string, bytes: Buffer): ImportBatch {
  const lower = name.toLowerCase();
  if (lower.endsWith(".csv")) return articlesFromCsv(name, bytes.toString("utf8"));
  if (MARKDOWN_FILE.test(lower)) return articlesFromFiles([{ name, content: bytes }]);
  if (lower.endsWith(".zip")) {
    try {
      return articlesFromFiles(readZip(bytes, IMPORT_LIMITS));
    } catch (error) {
      if (error instanceof ZipArchiveError) return { articles: [], rejected: [{ name, reason: error.message }], ignored: [] };
      throw error;
    }
  }
  return { articles: [], rejected: [{ name, reason: "Import a .zip of Markdown files, a .csv, or a .md file." }], ignored: [] };
}
