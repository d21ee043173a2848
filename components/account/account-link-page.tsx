import type { ReactNode } from "react";
import { Card, CardBody } from "@/components/ui";

/** The page a shop customer's emailed link opens: its form while the link works, else why not. */
export function AccountLinkPage({ title, form }: { title: string; form: ReactNode | null }) {
  return (
    <main className="flex min-h-screen items-center justify-center px-4">
      <Card className="w-full max-w-md">
        <CardBody className="py-8">
          <h1 className="text-xl font-semibold text-slate-900">{title}</h1>
          {form ?? (
            <p className="mt-2 text-sm text-slate-600" data-testid="account-link-closed">
              This link has expired or was already used. Ask us in the chat for a new one.
            </p>
          )}
        </CardBody>
      </Card>
    </main>
  );
}
