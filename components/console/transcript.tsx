import type { TimelineItem } from "@/lib/console/conversation-view";
import { cx } from "@/components/ui";
import { MarkdownView } from "@/components/help/markdown-view";
import { AttachmentList } from "./attachment-list";

const bubble: Record<string, string> = {
  customer: "bg-slate-100 text-slate-900",
  ai: "bg-brand-50 text-slate-900",
  human: "bg-emerald-50 text-slate-900",
  system: "bg-white text-slate-700 italic ring-1 ring-slate-200",
};

const who: Record<string, string> = { customer: "Customer", ai: "AI", human: "Agent", system: "System" };

/** Messages in order, with the moments the AI changed hands and the staff's private remarks between them. */
export function Transcript({ items }: { items: TimelineItem[] }) {
  return (
    <ol aria-label="Transcript" className="flex flex-col gap-2">
      {items.map((item) => {
        const time = <time className="text-[10px] text-slate-600" dateTime={item.at.toISOString()}>{item.at.toLocaleTimeString("en-US")}</time>;
        if (item.kind === "message") {
          return (
            <li key={item.id} data-author={item.author} className={cx("max-w-[85%] rounded-lg px-3 py-2 text-sm", bubble[item.author], item.author === "customer" ? "self-start" : "self-end")}>
              <p className="mb-0.5 text-xs font-medium text-slate-700">
                {who[item.author]}
                {item.name ? ` · ${item.name}` : ""} {time}
              </p>
              {/* As the widget shows it: the customer's words as typed, every other voice in the chat's markdown subset. */}
              {item.attachments.length > 0 ? (
                <AttachmentList files={item.attachments} />
              ) : item.author !== "customer" ? (
                <MarkdownView source={item.body} className="space-y-2 [&_a]:break-all" />
              ) : (
                <p className="whitespace-pre-wrap">{item.body}</p>
              )}
            </li>
          );
        }
        if (item.kind === "marker") {
          return (
            <li key={item.id} data-marker={item.marker} className="my-1 flex items-center gap-2 text-xs text-amber-800">
              <span className="h-px flex-1 bg-amber-200" aria-hidden />
              <span>{item.text}</span> {time}
              <span className="h-px flex-1 bg-amber-200" aria-hidden />
            </li>
          );
        }
        return (
          <li key={item.id} data-remark={item.remark} className="self-end max-w-[85%] rounded-lg border border-dashed border-violet-300 bg-violet-50 px-3 py-2 text-sm">
            <p className="mb-0.5 text-xs font-medium text-violet-700">
              {item.remark === "whisper" ? "Whisper to the AI" : "Internal note"} · {item.authorName} · not shown to the customer {time}
            </p>
            <p className="whitespace-pre-wrap">{item.body}</p>
          </li>
        );
      })}
    </ol>
  );
}
