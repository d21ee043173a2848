import Link from "next/link";
import { notFound } from "next/navigation";
import { headers } from "next/headers";
import type { Metadata } from "next";
import { requireStaffPage } from "@/lib/auth/session";
import { roleAtLeast } from "@/lib/auth/roles";
import { getDb } from "@/lib/db";
import { loadConversationView } from "@/lib/console/conversation-view";
import { markConversationRead } from "@/lib/console/read-markers";
import { savedRepliesFor } from "@/lib/console/saved-reply-store";
import { mayDecideApproval } from "@/lib/approvals/approval-authority";
import { Badge, Card, CardBody, CardHeader } from "@/components/ui";
import { formatSpend } from "@/lib/analytics/model-cost";
import { ActiveGuidance } from "@/components/console/active-guidance";
import { ApprovalCard } from "@/components/console/approval-card";
import { ConversationActions } from "@/components/console/conversation-actions";
import { CustomerTyping } from "@/components/console/customer-typing";
import { CustomerAccount } from "@/components/console/customer-account";
import { HandoffBriefCard } from "@/components/console/handoff-brief";
import { LiveRefresh } from "@/components/console/live-refresh";
import { SentimentChart } from "@/components/console/sentiment-chart";
import { Transcript } from "@/components/console/transcript";

export const metadata: Metadata = { title: "Conversation" };

export default async function ConversationPage({ params }: { params: Promise<{ conversationId: string }> }) {
  const { conversationId } = await params;
  const staff = await requireStaffPage("agent", `/console/${encodeURIComponent(conversationId)}`);
  const db = await getDb();
  const view = await loadConversationView(db, { userId: staff.id, role: staff.role, workspaceId: staff.workspaceId }, conversationId);
  if (!view) notFound();
  // The page re-renders on every new message while it is open, so what it shows is what was read;
  // a link prefetched from the inbox was not read by anyone.
  if (!(await headers()).has("next-router-prefetch")) await markConversationRead(db, staff.id, view.id, view.lastSeq);
  const savedReplies = await savedRepliesFor(db, { userId: staff.id, workspaceId: staff.workspaceId });
  const mine = view.owner.kind === "human" && view.owner.userId === staff.id;
  const ownerLabel = view.owner.kind === "human" ? (mine ? "you" : (view.ownerName ?? "a colleague")) : view.owner.kind === "ai" ? "the AI" : "the queue";

  return (
    <div className="space-y-4">
      <LiveRefresh conversationId={view.id} />
      <div className="flex flex-wrap items-center gap-3">
        <Link href="/console" className="text-sm text-brand-700 hover:underline">
          ← Inbox
        </Link>
        <h1 className="text-lg font-semibold">{view.label}</h1>
        <Badge tone="brand">{view.status.replace("_", " ")}</Badge>
        <span className="text-sm text-slate-600" data-testid="owner">
          With {ownerLabel}
        </span>
        <span className="text-sm text-slate-600" data-testid="model-usage">
          {view.modelSpend.calls === 0
            ? "No hosted-model calls"
            : `Model: ${view.modelSpend.calls} call${view.modelSpend.calls === 1 ? "" : "s"}${view.modelSpend.failedCalls > 0 ? ` (${view.modelSpend.failedCalls} failed)` : ""}, ${view.modelSpend.inputTokens} tokens in, ${view.modelSpend.outputTokens} out, ${formatSpend(view.modelSpend)}`}
        </span>
      </div>
      {view.approvals.map((request) => (
        <ApprovalCard
          key={request.id}
          conversationId={view.id}
          request={request}
          customer={view.customer}
          authority={mayDecideApproval({ userId: staff.id, role: staff.role }, view.owner)}
        />
      ))}
      {view.brief ? <HandoffBriefCard brief={view.brief} conversationId={view.id} feedback={view.briefFeedback} /> : null}
      <div className="grid gap-4 lg:grid-cols-[1fr_22rem]">
        <div className="space-y-4">
          <Card>
            <CardHeader title="Sentiment" description="One point per customer turn, −1 (hostile) to 1 (delighted); the amber line is where the AI handed over." />
            <CardBody>
              <SentimentChart trajectory={view.sentiment.trajectory} escalatedAtTurns={view.sentiment.escalatedAtTurns} />
            </CardBody>
          </Card>
          <Card>
            <CardHeader title="Transcript" description="Markers show where AI agents changed and who owned the conversation." />
            <CardBody>
              <Transcript items={view.timeline} />
              <CustomerTyping conversationId={view.id} />
            </CardBody>
          </Card>
          <Card>
            <CardHeader title="Guidance the AI follows" description="Whispers and the hand-back note go into the AI's instructions on every turn until removed; a “Say:” whisper opens only the next reply." />
            <CardBody>
              <ActiveGuidance conversationId={view.id} guidance={view.guidance} />
            </CardBody>
          </Card>
          <Card>
            <CardBody>
              <ConversationActions
                conversationId={view.id}
                status={view.status}
                ownerKind={view.owner.kind}
                mine={mine}
                supervises={roleAtLeast(staff.role, "supervisor")}
                colleagues={view.colleagues}
                meId={staff.id}
                savedReplies={savedReplies}
                replyContext={view.replyContext}
              />
            </CardBody>
          </Card>
        </div>
        <CustomerAccount customer={view.customer} account={view.account} />
      </div>
    </div>
  );
}
