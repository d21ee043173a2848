"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { ActionError, Button } from "@/components/ui";
import { sendJson } from "./send-json";

export function RevokeInvitationButton({ email }: { email: string }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  async function revoke() {
    setPending(true);
    const outcome = await sendJson("/api/admin/team/invitations", "DELETE", { email });
    setPending(false);
    if (!outcome.ok) return setError(outcome.error);
    router.refresh();
  }
  return (
    <>
      <Button size="sm" variant="ghost" disabled={pending} onClick={() => void revoke()} aria-label={`Withdraw the invitation to ${email}`}>
        Withdraw
      </Button>
      <ActionError message={error} />
    </>
  );
}
