import type { Db } from "../db";
import { configuredOrigins } from "../http/public-url";
import { widgetSettingsSchema } from "../workspace/settings";

/**
 * Which sites may open a workspace's chat. The check runs on the server, on what the browser
 * reports about the embedding page (the loader's Origin, the page address the chat starts from),
 * so a site that copies the snippet gets no chat even with the loader edited. The desk's own
 * pages (its demo and help pages) are always allowed.
 */

function originOf(url: string | null | undefined): URL | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === "http:" || parsed.protocol === "https:" ? parsed : null;
  } catch {
    return null;
  }
}

/** Whether a page at `pageOrigin` may open the chat, given the workspace's list (empty: any site). */
export function siteAllowed(allowedSites: readonly string[], pageOrigin: string | null, deskOrigins: readonly string[] = []): boolean {
  if (allowedSites.length === 0) return true;
  const page = originOf(pageOrigin);
  if (!page) return false;
  if (deskOrigins.includes(page.origin)) return true;
  return allowedSites.some((site) => {
    const wildcard = site.includes("://*.");
    const allowed = originOf(site.replace("://*.", "://"));
    if (!allowed || allowed.protocol !== page.protocol || allowed.port !== page.port) return false;
    // "*.example.com" is the domain and every subdomain of it.
    return page.hostname === allowed.hostname || (wildcard && page.hostname.endsWith(`.${allowed.hostname}`));
  });
}

/** The desk's own origins for a request: its configured public URL and the address the request came to. */
export function deskOriginsOf(request: Request): string[] {
  return [...configuredOrigins(), new URL(request.url).origin];
}

/** The customer-facing refusal when the workspace does not allow the page; null when it does. */
export async function embeddingRefusal(db: Db, workspaceSlug: string, pageOrigin: string | null, deskOrigins: readonly string[]): Promise<string | null> {
  const workspace = await db.workspace.findUnique({ where: { slug: workspaceSlug }, select: { widgetSettings: true } });
  if (!workspace) return null;
  const { allowedSites } = widgetSettingsSchema.parse(workspace.widgetSettings);
  if (siteAllowed(allowedSites, pageOrigin, deskOrigins)) return null;
  return "This chat is not available on this site.";
}
