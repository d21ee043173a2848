import type { ModelMessage } from "ai";
import { getDb, type Db, type Message } from "../db";
import { appendEvent, appendEvents, conversationLogInclude, recordMessage, splitConversationLog, type ConversationLog, type NewEvent } from "../conversation/log";
import { atStakeCents, atStakeRecords } from "../business/at-stake";
import { aiMaySpeak, currentOwner } from "../conversation/ownership";
import { payloadsOf, readPayload, type AnswerBasisPayload, type ConversationEventType, type EventPayload } from "../events/catalogue";
import { createOwedTurns } from "../conversation/owed-turns";
import { turnLane } from "../conversation/turn-order";
import { asOfTurnMoment } from "../conversation/turn-moment";
import { sayToCustomer } from "../conversation/say";
import { dispatch, writeHeard } from "../events/dispatcher";
import { conversationLanguageAfter, isCustomerLanguage, LANGUAGE_NAMES } from "../language/detect";
import { deskProviderOptions, type DeskArticle } from "../models/desk-call";
import { intentClassifierFor } from "../models/offline/workspace-intent-model";
import { extractEntities } from "../models/offline/entities";
import { getModel } from "../models/provider";
import { sentimentLabel, type FrustrationCue } from "../signals/frustration";
import { parseWorkspaceSettings, type WorkspaceSettings } from "../workspace/settings";
import { confidenceForLaterTurns, decideEscalation } from "./escalation-router";
import type { EscalationDecision, TurnSignals, UnansweredTurn } from "../events/catalogue";
import { catalogueFor, knowledgeIndexFor, readQuestion, searchHelpCentre } from "./knowledge-base";
import { closestPhrasing, closestWording } from "../models/offline/knowledge-retrieval";
import { specialistPrompts } from "./prompts";
import { chooseSpecialist, routeConfidence, type SpecialistName } from "./specialists";
import { asksDeskToAct, asksHowTo, asksSomething } from "../signals/request-form";
import { BASELINE_WINDOW_DAYS } from "../signals/anomaly";
import { staffGuidance } from "./staff-guidance";
import { buildTools, currentMembership } from "./tools";
import { isUndoneAction, type ToolResult } from "./tool-results";
import { workspaceConnector } from "../business/workspace-connector";
import { failureEvidence, offlineUnderstands, replyTurn, triageTurn } from "./model-turn";
import { customerNotices } from "./customer-notices";
import { answerBasis, helpCentreLink } from "./answer-basis";
import { opensNewTopic } from "../signals/handoff-loop";
import { translations } from "../widget/strings";
import type { ModelFailure } from "../models/model-failure";
import type { ReplyTurn } from "./model-turn";
import { measureTurn, type TurnContext } from "./turn-signals";

/**
 * One customer turn through the AI: triage, the signals, the escalation router's decision, then
 * either the specialist's reply or a handoff. Every step is appended to the conversation's event
 * log with its reasons before anything is said to the customer.
 */

export interface TurnOutcome {
  specialist: SpecialistName;
  signals: TurnSignals;
  decision: EscalationDecision;
  reply: Message | null;
}

const DAY = 24 * 3600 * 1000;
const HISTORY_MESSAGES = 12;
const ARTICLES_PER_ANSWER = 3;

export interface CustomerMessageInput {
  conversationId: string;
  body: string;
  clientMessageId?: string;
  /** Replays of recorded conversations supply the context they happened in; live turns measure it. */
  context?: Partial<TurnContext>;
  now?: Date;
  /** Replays also say who of the team was online then; live turns route by the stored presence. */
  agentsOnline?: readonly string[];
}

type TurnInput = Pick<CustomerMessageInput, "context" | "now" | "agentsOnline">;

/**
 * The customer turns owed in the database, answered in order by whichever instance holds the
 * conversation's lease. Every reply a turn returns was stored as ending its message's turn.
 */
const owedCustomerTurns = createOwedTurns<TurnInput, TurnOutcome>(
  turnLane,
  async (db, message, input) => {
    try {
      const now = input?.now ?? new Date();
      // What the turn's writes set off (the handoff its decision owes) acts as of the turn's moment.
      return await asOfTurnMoment({ at: now, agentsOnline: input?.agentsOnline }, () => runTurn(db, message, input?.context ?? {}, now));
    } catch (error) {
      await tellCustomerTurnFailed(db, message).catch((notice: unknown) => console.error(`Telling the customer that message ${message.id} failed did not work either:`, notice));
      throw error;
    }
  },
  (outcome) => outcome.reply !== null,
);

/** A turn that failed still ends with the customer told so, in their language, rather than with silence. */
async function tellCustomerTurnFailed(db: Db, message: Message): Promise<void> {
  const { language } = await db.conversation.findUniqueOrThrow({ where: { id: message.conversationId }, select: { language: true } });
  await sayToCustomer(db, message.conversationId, "system", customerNotices(language).turnFailed, new Date(), undefined, message.id);
}

/**
 * Stores the customer's message (once, however often it is resent) and schedules the AI's turn.
 * The message, and the turn it is owed, are safe in the log before this returns, whatever happens
 * to this process afterwards. `turn` is null when another instance answers it.
 */
export async function handleCustomerMessage(input: CustomerMessageInput) {
  const db = await getDb();
  const stored = recordMessage(db, {
    conversationId: input.conversationId,
    author: "customer",
    body: input.body,
    clientMessageId: input.clientMessageId,
    at: input.now,
  });
  const turn = owedCustomerTurns.answer(input.conversationId, stored.then(({ message, duplicate }) => (duplicate ? null : message)), {
    context: input.context,
    now: input.now,
    agentsOnline: input.agentsOnline,
  });
  const { message, duplicate } = await stored;
  if (duplicate) return { message, duplicate, turn };
  turn.catch((error: unknown) => console.error(`Turn for message ${message.id} failed:`, error));
  return { message, duplicate, turn };
}

/**
 * Answers the turns owed from before this start (a crash, a restart) and keeps looking every few
 * seconds for owed turns nobody is answering, such as those of an instance that died. The returned
 * function stops looking.
 */
export function startTurnRecovery(): () => void {
  return owedCustomerTurns.startSweep();
}

/** One look for owed turns nobody is answering; resolves when they are answered. */
export function resumeOwedTurns(): Promise<number> {
  return owedCustomerTurns.resume();
}

function isVerified(log: ConversationLog): boolean {
  return payloadsOf("verification", log.events).some(({ payload }) => payload.verified === true);
}

function agentChainSoFar(log: ConversationLog): string[] {
  return ["triage", ...payloadsOf("agent_switch", log.events).map(({ payload }) => payload.to)];
}

/**
 * The AI agents on the customer's current problem, for the loop trigger: a new topic starts a new
 * chain, so asking about returns, then an address, then payment methods is not a loop.
 */
function problemChain(before: readonly string[] | undefined, specialist: SpecialistName, newTopic: boolean): string[] {
  const current = before ?? ["triage"];
  if (specialist === "engagement") return [...current];
  const base = newTopic ? ["triage"] : current;
  return base[base.length - 1] === specialist ? [...base] : [...base, specialist];
}

const CLOSEST_ARTICLES = 3;

/** The nearest articles to a question none of them answers, one per slug, as links to offer. */
function closestArticles(hits: readonly { article: { slug: string; title: string; language: string } }[]): { slug: string; title: string; language: string }[] {
  const seen = new Set<string>();
  return hits.map((hit) => hit.article).filter((article) => !seen.has(article.slug) && seen.add(article.slug)).slice(0, CLOSEST_ARTICLES);
}

/** The AI's reply when it has no answer, in the conversation's language, recorded as a miss or a scope reply. */
async function sayWithoutAnswer(
  db: Db,
  conversation: { id: string; workspaceId: string; language: string },
  answering: string,
  unanswered: UnansweredTurn,
  closest: readonly { slug: string; title: string; language: string }[],
  agent: SpecialistName,
  now: Date,
): Promise<Message> {
  const notices = customerNotices(conversation.language);
  const button = (translations[conversation.language] ?? translations.en).talkToPerson;
  // Only English articles came close: the customer's language has nothing on this yet.
  const noAnswer = closest.length > 0 && closest.every((a) => a.language !== conversation.language) ? notices.noAnswerInLanguage : notices.noAnswer;
  const body = unanswered.kind === "out_of_scope" ? notices.outOfScope : noAnswer(closest.map((a) => `[${a.title}](${helpCentreLink(a.slug, a.language)})`), button);
  const basis: AnswerBasisPayload = { messageId: answering, kind: unanswered.kind === "out_of_scope" ? "scope" : "miss", article: null, language: conversation.language };
  return replyWithBasis(db, conversation, body, agent, basis, now);
}

/** The AI's reply ending the turn of the message its basis names, stored with that basis in one write. */
async function replyWithBasis(db: Db, conversation: { id: string; workspaceId: string }, body: string, agent: SpecialistName, basis: AnswerBasisPayload, now: Date): Promise<Message> {
  const { message } = await recordMessage(db, {
    conversationId: conversation.id,
    author: "ai",
    body,
    agentName: agent,
    at: now,
    endsTurnOf: basis.messageId,
    events: [{ workspaceId: conversation.workspaceId, conversationId: conversation.id, type: "answer_basis", payload: basis, actor: { type: "ai", agent }, at: now }],
  });
  return message;
}

/** The conversation's log and what the router weighs about its customer, in one read. */
async function loadTurnLog(db: Db, conversationId: string, now: Date) {
  // The anomaly trigger compares the last day with the baseline window before it.
  const contactsSince = new Date(now.getTime() - (BASELINE_WINDOW_DAYS + 1) * DAY);
  return splitConversationLog(
    await db.conversation.findUniqueOrThrow({
      where: { id: conversationId },
      include: {
        ...conversationLogInclude,
        customer: { include: { ...atStakeRecords, conversations: { where: { createdAt: { gte: contactsSince } }, select: { createdAt: true } } } },
      },
    }),
  );
}

type TurnLog = Awaited<ReturnType<typeof loadTurnLog>>;

function turnContext(log: TurnLog, settings: WorkspaceSettings, now: Date): Omit<TurnContext, "agentChain"> {
  const customer = log.conversation.customer;
  let slaSecondsRemaining: number | null = null;
  const queuedAt = [...log.events].reverse().find((e) => e.type === "ownership_changed" && readPayload("ownership_changed", e).to.kind === "queue");
  if (log.conversation.status === "waiting_human" && queuedAt) {
    const target = settings.sla[customer?.tier ?? "free"].firstResponseSeconds;
    slaSecondsRemaining = Math.round(target - (now.getTime() - queuedAt.createdAt.getTime()) / 1000);
  }
  return {
    contactTimestamps: customer ? customer.conversations.map((c) => c.createdAt) : [log.conversation.createdAt],
    slaSecondsRemaining,
    atStakeCents: customer ? atStakeCents(customer) : 0,
  };
}

function toModelMessages(messages: Message[]): ModelMessage[] {
  return messages
    .filter((m) => m.author !== "system")
    .slice(-HISTORY_MESSAGES)
    .map((m) => (m.author === "customer" ? { role: "user" as const, content: m.body } : { role: "assistant" as const, content: m.body }));
}

function articleContext(articles: DeskArticle[]): string {
  if (articles.length === 0) return "No help-centre article matches this question.";
  return articles.map((a) => `Article "${a.title}" (link: /help/${a.slug}, match ${a.confidence.toFixed(2)}):\n${a.body}`).join("\n\n");
}

async function runTurn(db: Db, message: Message, contextOverride: Partial<TurnContext>, now: Date): Promise<TurnOutcome> {
  // The encoder's read of the question is the longest step of a turn in English. It starts before
  // the log is read, in the language the message would leave an English conversation in, and
  // runs on its own thread meanwhile; it is read again only if the log says otherwise. A turn that
  // fails before the search must not leave it as an unhandled rejection.
  const guessedLanguage = conversationLanguageAfter(message.body, "en");
  const guessedRead = readQuestion(message.body, guessedLanguage);
  guessedRead.catch(() => undefined);
  const log = await loadTurnLog(db, message.conversationId, now);
  const { conversation } = log;
  const settings = parseWorkspaceSettings(conversation.workspace);
  const event = <T extends ConversationEventType>(type: T, payload: EventPayload<T>, agent = "triage"): NewEvent<T> => ({
    workspaceId: conversation.workspaceId,
    conversationId: conversation.id,
    type,
    payload,
    actor: { type: "ai", agent },
    at: now,
  });

  // Each message may change the language the desk answers in; the stored language is what the
  // replies, the notices, the brief and routing read, so it is written before any of them.
  const language = conversationLanguageAfter(message.body, conversation.language);
  if (language !== conversation.language) {
    await db.conversation.update({ where: { id: conversation.id }, data: { language } });
    conversation.language = language;
    void dispatch([{ kind: "conversation_language", workspaceId: conversation.workspaceId, conversationId: conversation.id, language }]);
  }

  const questionRead = language === guessedLanguage ? guessedRead : readQuestion(message.body, language);
  questionRead.catch(() => undefined);

  const customerMessages = log.messages.filter((m) => m.author === "customer" && m.seq <= message.seq);
  const customerTurns = customerMessages.map((m) => m.body);
  const choice = getModel();
  const classifier = await intentClassifierFor(conversation.workspaceId);

  // A hosted model can take seconds; the customer sees the desk at work while it does, if the AI may answer at all.
  const showsTyping = choice.provider !== "offline" && aiMaySpeak(currentOwner(log.events));
  const typing = (agentName: string | null, on: boolean) => void dispatch([{ kind: "reply_typing", workspaceId: conversation.workspaceId, conversationId: conversation.id, agentName, typing: on }]);
  if (showsTyping) typing(null, true);
  const modelTurn = { messageId: message.id, text: message.body, earlier: customerTurns.slice(0, -1), workspaceId: conversation.workspaceId };
  const { triage, failure: triageFailure, usage: triageUsage } = await triageTurn(choice, settings.model, modelTurn).finally(() => {
    if (showsTyping) typing(null, false);
  });
  const products = await catalogueFor(db, conversation.workspaceId);
  const entities = extractEntities(message.body, { products, now }).map((e) => ({ type: e.type, value: e.value, text: e.text }));
  const intentConfidence = routeConfidence(triage.intent, triage.confidence, triage.alternatives);
  const asks = asksSomething(message.body);
  const { index } = await knowledgeIndexFor(db, conversation.workspaceId, classifier);
  const hits = await searchHelpCentre(
    index,
    { text: message.body, language: conversation.language, intents: [{ intent: triage.intent, confidence: triage.confidence }, ...triage.alternatives] },
    { limit: 10, read: questionRead },
  );
  const route = chooseSpecialist({
    intent: triage.intent,
    routeConfidence: intentConfidence,
    asksSomething: asks,
    asksHowTo: asksHowTo(message.body),
    asksToAct: asksDeskToAct(message.body),
    namesOrder: entities.some((e) => e.type === "order_number"),
    helpCentreConfidence: hits[0]?.confidence ?? 0,
    confidenceFloor: settings.escalation.confidenceFloor,
  });
  const answersFromHelpCentre = route.specialist === "knowledge" || route.specialist === "technical";
  // Whichever agent answers, the article is the one the whole help centre supports best: a declined
  // card that triage read as a technical fault is still answered by the payment article, not by the
  // nearest troubleshooting page.
  // A specialist who acts is given the article too when it answers the message well: a request
  // no action carries out ("delete my account", "update my card details") is still explained by it.
  const floor = settings.escalation.confidenceFloor;
  const articles: DeskArticle[] = hits
    .slice(0, answersFromHelpCentre ? ARTICLES_PER_ANSWER : 1)
    .filter((hit) => answersFromHelpCentre || (route.specialist !== "engagement" && hit.confidence >= floor))
    .map((hit) => ({ slug: hit.article.slug, language: hit.article.language, title: hit.article.title, body: hit.article.body, section: hit.section, confidence: hit.confidence }));
  const answerConfidence = answersFromHelpCentre ? (articles[0]?.confidence ?? 0) : null;

  const previousChain = agentChainSoFar(log);
  // Greetings and thanks are not a specialist taking over the problem, so they are not a hop.
  const staysWithCurrent = route.specialist === "engagement" || previousChain[previousChain.length - 1] === route.specialist;
  const chain = staysWithCurrent ? previousChain : [...previousChain, route.specialist];
  // Earlier turns only: a turn re-run after a crash may find its own signals in the log.
  const earlierSignals = payloadsOf("turn_signals", log.events)
    .filter(({ payload }) => payload.messageId !== message.id)
    .map(({ payload }) => payload.signals);
  const newTopic = opensNewTopic(message.body, customerTurns.slice(0, -1));
  const context: TurnContext = { ...turnContext(log, settings, now), agentChain: problemChain(earlierSignals.at(-1)?.agentChain, route.specialist, newTopic), ...contextOverride };
  const earlierSentiments = earlierSignals.map((s) => s.sentiment);
  const intentsSoFar = [...payloadsOf("classification", log.events).map(({ payload }) => payload.intent), triage.intent];

  const signals = measureTurn({
    customerTurns,
    earlierSentiments,
    intentsSoFar,
    intent: triage.intent,
    intentConfidence,
    asksSomething: asks,
    answerConfidence,
    earlierConfidences: earlierSignals.map(confidenceForLaterTurns),
    entities,
    shopVocabulary: products.map((p) => p.name),
    helpCentreSimilarity: closestPhrasing(hits),
    helpCentreWordShare: closestWording(hits, conversation.language, index),
    authority: settings.authority,
    largeCancellationCents: settings.authority.largeCancellationCents,
    context,
    now,
    classifier,
  });
  // A turn re-run after a crash cut it short has its trail already: it is written once, so the
  // conversation's history and analytics count one decision per message, and the rerun goes by
  // the decision it stored (the latest, when a failed reply or action was decided on again).
  const trailWritten = payloadsOf("classification", log.events).some(({ payload }) => payload.messageId === message.id);
  const stored = trailWritten ? payloadsOf("escalation_decision", log.events).findLast(({ payload }) => payload.messageId === message.id)?.payload : undefined;
  const decision = stored?.decision ?? decideEscalation(signals, settings.escalation);

  const aiSpeaks = aiMaySpeak(currentOwner(log.events));
  const handsOff = aiSpeaks && decision.action === "handoff";
  const from = previousChain[previousChain.length - 1];
  const switchesSpecialist = aiSpeaks && decision.action !== "handoff" && chain !== previousChain;
  // The decision trail, and the specialist it lets answer, are one write. A decision to hand off
  // is acted on by the dispatcher's handoff listener once it is stored; the turn ends when that is done.
  await writeHeard(() => appendEvents(db, [
    ...(trailWritten
      ? []
      : [
          event("classification", { messageId: message.id, intent: triage.intent, confidence: triage.confidence, alternatives: triage.alternatives, category: route.category, specialist: route.specialist, routeReason: route.reason, entities }),
          event("turn_signals", { messageId: message.id, signals, sentimentLabel: sentimentLabel(signals.sentiment, signals.frustration.cues as FrustrationCue[]) }),
          event("escalation_decision", { messageId: message.id, decision, thresholds: settings.escalation }),
        ]),
    ...triageUsage.map((usage) => event("model_usage", usage)),
    ...(switchesSpecialist
      ? [
          event("agent_switch", {
            from,
            to: route.specialist,
            reason: route.reason,
            handoff: { summary: customerTurns.slice(-3).join(" / "), intent: triage.intent, entities, tried: log.events.filter((e) => e.type === "action_taken").map((e) => e.payload) },
          }, route.specialist),
        ]
      : []),
  ]));
  // A rerun dispatches its stored decision again: if the crash came between the decision and its
  // handoff, the handoff happens now; if not, the listener finds it done and does nothing.
  if (stored?.decision.action === "handoff") await dispatch([{ kind: "event_appended", event: event("escalation_decision", stored, "router") }], db);

  const outcome: TurnOutcome = { specialist: route.specialist, signals, decision, reply: null };
  // A person owns the conversation: the AI keeps measuring (for the console) but says nothing.
  if (!aiSpeaks) return outcome;

  if (handsOff) return outcome;

  // No article fits a question about the shop, or the question is about something else: the desk
  // says so itself, whichever model is configured, so the policy reads the same for all of them.
  // An action request the AI half understands still goes to its specialist, who asks what to do.
  if (decision.unanswered && (decision.unanswered.kind === "out_of_scope" || answerConfidence !== null)) {
    const closest = decision.unanswered.kind === "miss" ? closestArticles(hits) : [];
    outcome.reply = await sayWithoutAnswer(db, conversation, message.id, decision.unanswered, closest, route.specialist, now);
    return outcome;
  }

  // The first specialist simply answers; only a change of specialist is announced.
  if (switchesSpecialist && from !== "triage") {
    const notices = customerNotices(conversation.language);
    await sayToCustomer(db, conversation.id, "system", notices.specialistJoins(notices.specialistTitles[route.specialist]), now);
  }

  if (decision.action === "approval_request" && signals.authority) {
    await appendEvent(db, event("approval_requested", { messageId: message.id, action: signals.authority.action, amountCents: signals.authority.amountCents, limitCents: signals.authority.limitCents, reason: decision.reason, entities }, route.specialist));
    outcome.reply = await sayToCustomer(db, conversation.id, "ai",
      customerNotices(conversation.language).approvalPending,
      now, route.specialist, message.id);
    return outcome;
  }

  const answered = await runSpecialist(db, log, message, route.specialist, triage.intent, entities, articles, signals, settings, now, {
    hostedDown: triageFailure !== null && !triageFailure.modelAnswers,
    standInUnderstands: () => offlineUnderstands(modelTurn, route.specialist, settings.escalation.confidenceFloor),
  });
  if (answered.said) {
    outcome.reply = answered.said;
    if (answered.undone.length === 0) return outcome;
    // The customer was told the action is not done; a person takes over with what failed in the brief.
    const failed = { ...signals, actionFailure: { evidence: answered.undone.join("; ") } };
    const failedDecision = decideEscalation(failed, settings.escalation);
    outcome.decision = failedDecision;
    await writeHeard(() => appendEvents(db, [event("escalation_decision", { messageId: message.id, decision: failedDecision, thresholds: settings.escalation, actionFailure: failed.actionFailure }, "router")]));
    return outcome;
  }
  // No model could answer: the customer hears so plainly, and the router hands the turn over with the failure as its evidence.
  const failed = { ...signals, modelFailure: { evidence: failureEvidence([...(triageFailure ? [triageFailure] : []), ...answered.failures]) } };
  const failedDecision = decideEscalation(failed, settings.escalation);
  outcome.decision = failedDecision;
  // Said before the decision is stored, whose handoff tells the customer who answers next; the
  // turn stays owed until that handoff is written, so a crash in between is handed off on rerun.
  await sayToCustomer(db, conversation.id, "system", customerNotices(conversation.language).modelUnavailable, now);
  await writeHeard(() => appendEvents(db, [event("escalation_decision", { messageId: message.id, decision: failedDecision, thresholds: settings.escalation, modelFailure: failed.modelFailure }, "router")]));
  return outcome;
}

async function runSpecialist(
  db: Db,
  log: ConversationLog,
  /** The customer message this reply answers; later messages wait for their own turn. */
  answering: Pick<Message, "id" | "seq">,
  specialist: SpecialistName,
  intent: string,
  entities: { type: string; value: string; text: string }[],
  articles: DeskArticle[],
  signals: TurnSignals,
  settings: WorkspaceSettings,
  now: Date,
  fallback: { hostedDown: boolean; standInUnderstands: () => Promise<boolean> },
): Promise<{ said: Message; undone: string[]; failures?: undefined } | { said: null; failures: ModelFailure[] }> {
  const { conversation } = log;
  const customer = conversation.customer;
  const verified = isVerified(log);
  const choice = getModel();
  const connector = workspaceConnector({ db, workspaceId: conversation.workspaceId, actor: { type: "ai", id: specialist }, now, stored: conversation.workspace.connectorSettings });
  const positive = signals.sentiment > 0.3 && signals.frustration.score < 0.2;
  // Only a happy customer hears of Lumen Plus, and not one who has it: the business system says which.
  const membership = specialist === "engagement" && positive && customer ? await currentMembership(connector, customer) : null;
  const tools = buildTools(specialist, {
    db,
    workspaceId: conversation.workspaceId,
    conversationId: conversation.id,
    messageId: answering.id,
    connector,
    customer,
    verified,
    authority: settings.authority,
    now,
    onApprovalRequested: async (request) => {
      await appendEvent(db, { workspaceId: conversation.workspaceId, conversationId: conversation.id, type: "approval_requested", payload: { action: "refund", ...request }, actor: { type: "ai", agent: specialist }, at: now });
    },
  });
  const firstName = customer?.name.split(" ")[0] ?? null;
  const lastAiReply = [...log.messages].reverse().find((m) => m.author === "ai");
  const guidance = staffGuidance(log.events, lastAiReply?.createdAt ?? null);
  const system = [
    specialistPrompts[specialist],
    `Customer: ${customer ? `${customer.name}, ${customer.tier} tier` : "a visitor who has not signed in"}; identity ${verified ? "verified" : "not verified"} in this chat.`,
    ...(membership === "unknown" ? ["Whether the customer has Lumen Plus could not be checked; do not offer it."] : membership ? [`The customer already has Lumen Plus (${membership}); do not offer it.`] : []),
    `Triage: intent ${intent}; entities ${entities.map((e) => `${e.type}=${e.value}`).join(", ") || "none"}.`,
    `The customer writes in ${LANGUAGE_NAMES[isCustomerLanguage(conversation.language) ? conversation.language : "en"]}: reply in that language, whatever the language of the articles.`,
    articleContext(articles),
    ...(guidance.notes.length > 0 ? [`Guidance from the human team watching this chat (follow it; never mention it to the customer):\n${guidance.notes.map((n) => `- ${n}`).join("\n")}`] : []),
    ...(guidance.script ? [`Begin your reply with exactly these words from the team, then continue: "${guidance.script}"`] : []),
  ].join("\n\n");
  const history = log.messages.filter((m) => m.seq <= answering.seq);

  const typing = (agentName: string | null, on: boolean) => void dispatch([{ kind: "reply_typing", workspaceId: conversation.workspaceId, conversationId: conversation.id, agentName, typing: on }]);
  typing(specialist, true);
  const replyId = `reply-${conversation.id}-${history.length}`;
  let reply: ReplyTurn;
  try {
    reply = await replyTurn(
      choice,
      settings.model,
      {
        system,
        messages: toModelMessages(history),
        tools,
        providerOptions: deskProviderOptions({
          task: "reply",
          agent: specialist,
          intent,
          entities,
          articles,
          customer: { firstName, verified, language: conversation.language },
          offersMembership: positive && membership === null,
          staffScript: guidance.script,
        }),
      },
      {
        messageId: answering.id,
        step: specialist,
        ...fallback,
        onDelta: (attempt, text) =>
          void dispatch([{ kind: "reply_delta", workspaceId: conversation.workspaceId, conversationId: conversation.id, replyId: attempt === 0 ? replyId : `${replyId}-${attempt}`, agentName: specialist, text }]),
      },
    );
    const scope = { workspaceId: conversation.workspaceId, conversationId: conversation.id, actor: { type: "ai" as const, agent: specialist }, at: now };
    // Tools that ran are recorded even when the reply around them broke off: what was done stays done.
    const stepEvents: NewEvent[] = [
      ...reply.toolResults.map((toolResult) => {
        const output = toolResult.output as { kind?: string };
        return { ...scope, type: "action_taken" as const, payload: { action: toolResult.toolName, input: toolResult.input, result: output.kind ?? "done", output } };
      }),
      ...reply.usage.map((usage) => ({ ...scope, type: "model_usage" as const, payload: usage })),
    ];
    if (stepEvents.length > 0) await appendEvents(db, stepEvents);
  } finally {
    typing(null, false);
  }
  if (reply.text === null) return { said: null, failures: reply.failures };
  const basis = answerBasis({ messageId: answering.id, replyText: reply.text, specialist, usedTool: reply.toolResults.length > 0, articles, conversationLanguage: conversation.language });
  const said = await replyWithBasis(db, conversation, reply.text, specialist, basis, now);
  const undone = reply.toolResults.flatMap(({ output }) => (isUndoneAction(output as { kind?: string }) ? [describeUndone(output as Parameters<typeof describeUndone>[0])] : []));
  return { said, undone };
}

function describeUndone(result: Extract<ToolResult, { kind: "action_failed" | "action_unavailable" }>): string {
  return result.kind === "action_failed" ? result.error : result.reason;
}
