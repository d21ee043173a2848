import type { Metadata } from "next";
import { requireStaffPage } from "@/lib/auth/session";
import { roleAtLeast } from "@/lib/auth/roles";
import { getDb } from "@/lib/db";
import { savedRepliesFor } from "@/lib/console/saved-reply-store";
import { Card, CardBody, CardHeader } from "@/components/ui";
import { SavedRepliesManager } from "@/components/console/saved-replies-manager";

export const metadata: Metadata = { title: "Saved replies" };

export default async function SavedRepliesPage() {
  const staff = await requireStaffPage("agent", "/console/replies");
  const replies = await savedRepliesFor(await getDb(), { userId: staff.id, workspaceId: staff.workspaceId });
  return (
    <Card>
      <CardHeader
        title="Saved replies"
        description="Type / and the shortcut in a conversation's reply box to insert one. Team replies are shared by everyone; supervisors and admins manage them."
      />
      <CardBody>
        <SavedRepliesManager replies={replies} mayManageTeam={roleAtLeast(staff.role, "supervisor")} />
      </CardBody>
    </Card>
  );
}
