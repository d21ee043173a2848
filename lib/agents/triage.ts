import { generateText, Output, type LanguageModel } from "ai";
import { z } from "zod";
import { deskProviderOptions } from "../models/desk-call";
import { triagePrompt } from "./prompts";

export const triageOutputSchema = z.object({
  intent: z.string().min(1),
  confidence: z.number().min(0).max(1),
  alternatives: z.array(z.object({ intent: z.string(), confidence: z.number().min(0).max(1) })).max(5),
});

export type TriageOutput = z.infer<typeof triageOutputSchema>;

// Built once: the output's JSON schema is derived from the zod schema on creation, not per message.
const triageOutput = Output.object({ schema: triageOutputSchema });

/** Classifies one customer message with whichever model is configured, as structured output. */
export async function classifyMessage(model: LanguageModel, text: string, recentTurns: readonly string[], workspaceId?: string) {
  const result = await generateText({
    model,
    system: triagePrompt,
    prompt: [...recentTurns.slice(-3).map((t) => `Earlier customer message: ${t}`), `Customer message to classify: ${text}`].join("\n"),
    output: triageOutput,
    providerOptions: deskProviderOptions({ task: "triage", workspaceId }),
  });
  return { triage: result.output, usage: result.usage };
}
