"use client";

import { useRef, useState } from "react";
import { ActionError, Button } from "@/components/ui";

const ACCEPT = "image/png,image/jpeg,image/webp,image/gif,application/pdf";

/** Sends the customer an image or a PDF; the desk checks the file and refuses it with the reason. */
export function AttachmentUpload({ conversationId }: { conversationId: string }) {
  const input = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function upload(file: File) {
    setBusy(true);
    setError(null);
    try {
      const response = await fetch(`/api/conversations/${encodeURIComponent(conversationId)}/attachments`, {
        method: "POST",
        headers: { "Content-Type": file.type || "application/octet-stream", "X-Attachment-Name": encodeURIComponent(file.name) },
        body: file,
      });
      if (!response.ok) setError(((await response.json().catch(() => ({}))) as { error?: string }).error ?? `The file was not sent (HTTP ${response.status}).`);
    } catch {
      setError("The file was not sent: the desk could not be reached.");
    } finally {
      setBusy(false);
      if (input.current) input.current.value = "";
    }
  }

  return (
    <>
      <input
        ref={input}
        type="file"
        accept={ACCEPT}
        className="sr-only"
        id="attachment-file"
        aria-label="Attach a file"
        onChange={(e) => {
          const file = e.target.files?.[0];
          if (file) void upload(file);
        }}
      />
      <Button type="button" variant="secondary" disabled={busy} onClick={() => input.current?.click()}>
        {busy ? "Sending file…" : "Attach file"}
      </Button>
      <ActionError message={error} />
    </>
  );
}
