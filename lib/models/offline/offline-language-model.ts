import type {
  LanguageModelV4,
  LanguageModelV4CallOptions,
  LanguageModelV4Content,
  LanguageModelV4GenerateResult,
  LanguageModelV4Prompt,
  LanguageModelV4StreamPart,
  LanguageModelV4StreamResult,
  LanguageModelV4Usage,
} from "@ai-sdk/provider";
import { readDeskCall } from "../desk-call";
import type { ToolResult } from "../../agents/tool-results";
import { getIntentClassifier } from "./default-intent-model";
import { intentClassifierFor } from "./workspace-intent-model";
import { composeFromToolResult, composeReply } from "./reply-composer";
import { planToolCall } from "./tool-planner";

/**
 * The embedded engine behind the AI SDK's model interface, so the pipeline calls it exactly as it
 * calls a hosted model: structured output for triage, streamed text for replies, tool calls for
 * actions. It needs no network and no key; what it says comes from the classifier, the tools'
 * results and the help centre.
 */

const noUsage: LanguageModelV4Usage = {
  inputTokens: { total: 0, noCache: 0, cacheRead: 0, cacheWrite: 0 },
  outputTokens: { total: 0, text: 0, reasoning: 0 },
};

function lastUserText(prompt: LanguageModelV4Prompt): string {
  for (let i = prompt.length - 1; i >= 0; i--) {
    const message = prompt[i];
    if (message.role === "user") {
      return message.content.map((part) => (part.type === "text" ? part.text : "")).join(" ").trim();
    }
  }
  return "";
}

/** The result of the tool called in this turn, if the model already asked for one. */
function latestToolResult(prompt: LanguageModelV4Prompt): ToolResult | null {
  const last = prompt[prompt.length - 1];
  if (!last || last.role !== "tool") return null;
  for (const part of last.content) {
    if (part.type === "tool-result" && part.output.type === "json") return part.output.value as unknown as ToolResult;
  }
  return null;
}

let callCounter = 0;

export class OfflineLanguageModel implements LanguageModelV4 {
  readonly specificationVersion = "v4" as const;
  readonly provider = "desk-offline";
  readonly modelId = "desk-offline-1";
  readonly supportedUrls = {};

  private async respond(options: LanguageModelV4CallOptions): Promise<LanguageModelV4Content[]> {
    const call = readDeskCall(options.providerOptions);
    const text = lastUserText(options.prompt);
    if (options.responseFormat?.type === "json" || call?.task === "triage") {
      const classifier = call?.task === "triage" && call.workspaceId ? await intentClassifierFor(call.workspaceId) : await getIntentClassifier();
      const prediction = await classifier.classify(text);
      return [
        {
          type: "text",
          text: JSON.stringify({
            intent: prediction.intent,
            confidence: prediction.confidence,
            alternatives: prediction.scores.slice(1, 6).map((s) => ({ intent: s.label, confidence: s.probability })),
          }),
        },
      ];
    }
    if (!call || call.task !== "reply") {
      return [{ type: "text", text: "I can help with orders, returns, billing, your account and our products." }];
    }
    // A scripted whisper is said first and as written; the engine's own answer follows it.
    const scripted = (reply: string) => (call.staffScript ? `${call.staffScript}\n\n${reply}` : reply);
    const toolResult = latestToolResult(options.prompt);
    if (toolResult) return [{ type: "text", text: scripted(composeFromToolResult(toolResult, call.customer.language)) }];
    const available = new Set((options.tools ?? []).map((t) => t.name));
    const planned = available.size > 0 ? planToolCall(call, text, available) : null;
    if (planned) {
      return [{ type: "tool-call", toolCallId: `offline-${++callCounter}`, toolName: planned.toolName, input: JSON.stringify(planned.input) }];
    }
    return [{ type: "text", text: scripted(composeReply(call, text)) }];
  }

  async doGenerate(options: LanguageModelV4CallOptions): Promise<LanguageModelV4GenerateResult> {
    const content = await this.respond(options);
    const calledTool = content.some((c) => c.type === "tool-call");
    return {
      content,
      finishReason: { unified: calledTool ? "tool-calls" : "stop", raw: undefined },
      usage: noUsage,
      warnings: [],
    };
  }

  async doStream(options: LanguageModelV4CallOptions): Promise<LanguageModelV4StreamResult> {
    const content = await this.respond(options);
    const parts: LanguageModelV4StreamPart[] = [{ type: "stream-start", warnings: [] }];
    let calledTool = false;
    for (const [index, item] of content.entries()) {
      if (item.type === "text") {
        const id = `text-${index}`;
        parts.push({ type: "text-start", id });
        // Word-sized deltas give the widget the same progressive rendering a hosted model does.
        for (const piece of item.text.match(/[^.!?\n]+[.!?\n]*\s*|\s+/g) ?? []) parts.push({ type: "text-delta", id, delta: piece });
        parts.push({ type: "text-end", id });
      } else if (item.type === "tool-call") {
        calledTool = true;
        parts.push(item);
      }
    }
    parts.push({ type: "finish", usage: noUsage, finishReason: { unified: calledTool ? "tool-calls" : "stop", raw: undefined } });
    const stream = new ReadableStream<LanguageModelV4StreamPart>({
      start(controller) {
        for (const part of parts) controller.enqueue(part);
        controller.close();
      },
    });
    return { stream };
  }
}
