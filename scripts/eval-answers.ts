// `npm run eval:answers -- --file <jsonl>`: asks each question as the first turn of a new
// conversation in a scratch copy of the demo store, through the full pipeline on the offline
// engine, and scores which help-centre article the reply was built on, whether the question was
// handed to a person, and whether the reply came in the customer's language.
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { z } from "zod";
import { openScratchDemoStore } from "./scratch-demo-store";

const LANGUAGES = ["en", "es", "fr", "de"] as const;
const answerCaseSchema = z.object({
  id: z.string().min(1),
  language: z.enum(LANGUAGES).default("en"),
  text: z.string().min(1),
  expect: z.object({ article: z.string().min(1).nullable() }),
});
type AnswerCase = z.infer<typeof answerCaseSchema>;

const { values } = parseArgs({ options: { file: { type: "string" } } });
if (!values.file) {
  console.error("usage: npm run eval:answers -- --file <answers.jsonl>");
  process.exit(2);
}
const cases: AnswerCase[] = readFileSync(values.file, "utf8")
  .split("\n")
  .map((line, index) => [line.trim(), index + 1] as const)
  .filter(([line]) => line.length > 0)
  .map(([line, lineNumber]) => {
    const parsed = answerCaseSchema.safeParse(JSON.parse(line));
    if (!parsed.success) throw new Error(`line ${lineNumber}: ${z.prettifyError(parsed.error).replace(/\n/g, " ")}`);
    return parsed.data;
  });

const store = await openScratchDemoStore();
const { handleCustomerMessage } = await import("../lib/agents/pipeline");
const { payloadOf } = await import("../lib/conversation/log");
type AnswerBasisPayload = import("../lib/conversation/event-types").AnswerBasisPayload;

interface Answered {
  row: AnswerCase;
  article: string | null;
  kind: AnswerBasisPayload["kind"] | "handoff" | "none";
  handedOver: boolean;
  replyLanguage: string;
}
const answered: Answered[] = [];

for (const [index, row] of cases.entries()) {
  // The conversation starts in the desk's default language: the customer's has to be recognised from what they write.
  const conversation = await store.startConversation({ index });
  const now = new Date();
  const sent = await handleCustomerMessage({ conversationId: conversation.id, body: row.text, context: { contactTimestamps: [now] }, now });
  const outcome = await sent.turn;
  const handedOver = outcome?.decision.action === "handoff";
  const basisEvent = await store.db.conversationEvent.findFirst({ where: { conversationId: conversation.id, type: "answer_basis" }, orderBy: { createdAt: "desc" } });
  const basis = basisEvent ? payloadOf<AnswerBasisPayload>(basisEvent) : null;
  // A handoff is announced in the conversation's language, as it stands after the turn.
  const after = await store.db.conversation.findUniqueOrThrow({ where: { id: conversation.id }, select: { language: true } });
  const result: Answered = {
    row,
    article: basis?.article?.slug ?? null,
    kind: basis?.kind ?? (handedOver ? "handoff" : "none"),
    handedOver,
    replyLanguage: basis?.language ?? after.language,
  };
  answered.push(result);
  const right = row.expect.article === null ? result.kind === "scope" && !handedOver : result.article === row.expect.article && !handedOver;
  console.log(
    `${right ? "ok  " : "MISS"} ${row.id.padEnd(10)} ${row.language} expected ${(row.expect.article ?? "(none)").padEnd(36)} got ${(result.article ?? `(${result.kind})`).padEnd(36)} ${handedOver ? "handed over" : "answered   "} reply ${result.replyLanguage}`,
  );
}

const share = (rows: readonly Answered[], test: (a: Answered) => boolean) => (rows.length === 0 ? null : Number((rows.filter(test).length / rows.length).toFixed(3)));
const answerable = answered.filter((a) => a.row.expect.article !== null);
const onTopic = (a: Answered) => a.article === a.row.expect.article;
const summary = {
  top1: share(answerable, onTopic),
  top1_by_language: Object.fromEntries(LANGUAGES.map((language) => [language, share(answerable.filter((a) => a.row.language === language), onTopic)])),
  handoff_rate: share(answerable, (a) => a.handedOver),
  language_match: share(answered, (a) => a.replyLanguage === a.row.language),
  out_of_scope_declined: share(answered.filter((a) => a.row.expect.article === null), (a) => a.kind === "scope" && !a.handedOver),
  n: answered.length,
};
console.log(JSON.stringify(summary));
await store.close();
