import { headers } from "next/headers";
import { deskPublicUrl } from "@/lib/http/public-url";

/** The one line a business pastes into its site, with this desk's address and the workspace in it. */
export async function WidgetSnippet({ slug }: { slug: string }) {
  const h = await headers();
  const desk = (deskPublicUrl() ?? `${h.get("x-forwarded-proto") ?? "http"}://${h.get("host") ?? "localhost:3000"}`).replace(/\/+$/, "");
  const snippet = `<script src="${desk}/widget.js" data-workspace="${slug}" async></script>`;
  return (
    <div className="space-y-2 text-sm text-slate-700">
      <p>Paste this before the closing &lt;/body&gt; tag of every page that should show the chat:</p>
      <pre className="overflow-x-auto rounded-md bg-slate-900 p-3 text-xs text-slate-100" data-testid="widget-snippet">
        <code>{snippet}</code>
      </pre>
    </div>
  );
}
