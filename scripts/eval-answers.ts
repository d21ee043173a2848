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

// Several --file options are read as one set: the fit and its reliability check split them alike.
const { values } = parseArgs({ options: { file: { type: "string", multiple: true }, reliability: { type: "boolean" }, fit: { type: "boolean" }, "fit-confidence": { type: "boolean" } } });
if (!values.file?.length) {
  console.error("usage: npm run eval:answers -- --file <answers.jsonl> [--file <more.jsonl>] [--reliability | --fit | --fit-confidence]");
  process.exit(2);
}
const cases: AnswerCase[] = values.file.flatMap((file) =>
  readFileSync(file, "utf8")
    .split("\n")
    .map((line, index) => [line.trim(), index + 1] as const)
    .filter(([line]) => line.length > 0)
    .map(([line, lineNumber]) => {
      const parsed = answerCaseSchema.safeParse(JSON.parse(line));
      if (!parsed.success) throw new Error(`${file} line ${lineNumber}: ${z.prettifyError(parsed.error).replace(/\n/g, " ")}`);
      return parsed.data;
    }),
);

const store = await openScratchDemoStore();
if (values.reliability || values.fit || values["fit-confidence"]) {
  await calibration(values.fit ? "both" : values["fit-confidence"] ? "confidence" : null);
  await store.close();
  process.exit(0);
}
const { handleCustomerMessage } = await import("../lib/agents/pipeline");
const { readPayload } = await import("../lib/events/catalogue");
type AnswerBasisPayload = import("../lib/events/catalogue").AnswerBasisPayload;
type AnswerModels = import("../lib/models/offline/knowledge-retrieval").AnswerModels;

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
  const basis = basisEvent ? readPayload("answer_basis", basisEvent) : null;
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

/**
 * Half of the questions (by a hash of their id) fit the answer models, the other half check them:
 * `--fit` prints the ranking and confidence models fitted on the first half, `--fit-confidence`
 * only the confidence model for the shipped ranking, and `--reliability` prints how the shipped
 * model's probabilities compare with how often the top article is right on the second half.
 * Confidence is fitted and checked only on the questions whose confidence is weighed: one the
 * scope check finds off the shop's topic by meaning is declined whatever its best article's
 * confidence, so it says nothing about how often a confident article is right when it is used.
 */
async function calibration(fit: "both" | "confidence" | null) {
  const { knowledgeIndexFor, searchHelpCentre, catalogueFor } = await import("../lib/agents/knowledge-base");
  const { getIntentClassifier } = await import("../lib/models/offline/default-intent-model");
  const { extractEntities } = await import("../lib/models/offline/entities");
  const { assessScope } = await import("../lib/signals/scope");
  const { fitLogistic, fitRanking, reliability, ANSWER_FEATURES, TOP_FEATURES } = await import("../lib/models/offline/answer-confidence");
  const { ANSWER_CONFIDENCE_MODEL, ANSWER_RANKING_MODEL, closestPhrasing, closestWording, topFeatures } = await import("../lib/models/offline/knowledge-retrieval");
  const classifier = await getIntentClassifier();
  const { index } = await knowledgeIndexFor(store.db, store.workspace.id, classifier);
  const products = await catalogueFor(store.db, store.workspace.id);
  const half = (id: string) => [...id].reduce((hash, c) => (Math.imul(hash, 31) + c.charCodeAt(0)) >>> 0, 7) % 2;
  const rows = cases.filter((row) => half(row.id) === (fit ? 0 : 1));
  const search = async (row: AnswerCase, models?: AnswerModels) => {
    const prediction = await classifier.classify(row.text);
    const intents = prediction.scores.slice(0, 6).map((s) => ({ intent: s.label, confidence: s.probability }));
    return searchHelpCentre(index, { text: row.text, language: row.language, intents }, { limit: 50, models });
  };
  // As in a customer's first turn: the scope check reads the ten best articles, and a question it
  // finds off the shop's topic by meaning is declined before any confidence is weighed.
  const weighed = (row: AnswerCase, hits: Awaited<ReturnType<typeof search>>) => {
    const read = hits.slice(0, 10);
    const entities = extractEntities(row.text, { products }).map((e) => ({ type: e.type, value: e.value }));
    const scope = assessScope({ text: row.text, entities, shopVocabulary: products.map((p) => p.name), helpCentreSimilarity: closestPhrasing(read), helpCentreWordShare: closestWording(read, row.language, index) });
    return scope.shopRelated || !scope.byMeaning;
  };
  const searched = (await Promise.all(rows.map(async (row) => ({ row, hits: await search(row) })))).map((s) => ({ ...s, weighed: weighed(s.row, s.hits) }));
  if (fit) {
    const ranking = fit === "both" ? fitRanking(ANSWER_FEATURES, searched.map(({ row, hits }) => hits.map((hit) => ({ features: hit.features, right: hit.article.slug === row.expect.article })))) : ANSWER_RANKING_MODEL;
    // The confidence model reads the best candidate as the fitted ranking model scores it.
    const weighedRows = searched.filter((s) => s.weighed).map(({ row }) => row);
    const rescored = await Promise.all(weighedRows.map(async (row) => ({ row, hits: await search(row, { ranking, confidence: ANSWER_CONFIDENCE_MODEL }) })));
    const confidence = fitLogistic(TOP_FEATURES, rescored.filter(({ hits }) => hits[0]).map(({ row, hits }) => ({ features: topFeatures(hits[0]!), right: hits[0]!.article.slug === row.expect.article })), { l2: 1e-5 });
    const rounded = (model: { bias: number; weights: Record<string, number> }) => ({ bias: Number(model.bias.toFixed(3)), weights: Object.fromEntries(Object.entries(model.weights).map(([k, v]) => [k, Number(v.toFixed(3))])) });
    console.log(`fitted on ${rows.length} questions, the confidence on the ${rescored.length} whose confidence is weighed:`);
    console.log(JSON.stringify({ ranking: rounded(ranking), confidence: rounded(confidence) }));
    return;
  }
  const outcomes = searched.filter((s) => s.weighed).map(({ row, hits }) => ({ predicted: hits[0]?.confidence ?? 0, right: hits[0] !== undefined && hits[0].article.slug === row.expect.article }));
  const report = reliability(outcomes);
  console.log(`reliability of the top article's confidence on ${report.n} questions not used to fit it whose confidence is weighed`);
  console.log("predicted      n  mean predicted  observed right");
  for (const bin of report.bins) console.log(`${bin.from.toFixed(1)}-${bin.to.toFixed(1)}  ${String(bin.count).padStart(5)}  ${bin.meanPredicted.toFixed(3).padStart(14)}  ${bin.observed.toFixed(3).padStart(14)}`);
  console.log(JSON.stringify({ brier: Number(report.brier.toFixed(4)), n: report.n, top1: Number((outcomes.filter((o) => o.right).length / Math.max(1, outcomes.length)).toFixed(3)) }));
}
