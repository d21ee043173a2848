import type { Metadata } from "next";
import { SignInForm } from "@/components/auth/sign-in-form";
import { Card, CardBody } from "@/components/ui";

export const metadata: Metadata = { title: "Sign in" };

function safeCallback(raw: string | string[] | undefined): string {
  const value = Array.isArray(raw) ? raw[0] : raw;
  // Only same-site paths: an absolute URL here would be an open redirect.
  return value && value.startsWith("/") && !value.startsWith("//") ? value : "/console";
}

export default async function SignInPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const params = await searchParams;
  const error = typeof params.error === "string" ? params.error : null;
  return (
    <main className="flex min-h-screen items-center justify-center px-4">
      <Card className="w-full max-w-sm">
        <CardBody className="py-8">
          <h1 className="text-xl font-semibold text-slate-900">Sign in to the console</h1>
          <p className="mt-1 text-sm text-slate-500">For agents, supervisors and admins.</p>
          <SignInForm callbackUrl={safeCallback(params.callbackUrl)} initialError={error} />
          <a href="/signin/forgot" className="mt-4 block text-sm text-slate-600 underline">
            Forgot your password?
          </a>
        </CardBody>
      </Card>
    </main>
  );
}
