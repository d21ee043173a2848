import type { Metadata } from "next";
import { Card, CardBody } from "@/components/ui";
import { ForgotPasswordForm } from "@/components/team/forgot-password-form";

export const metadata: Metadata = { title: "Forgot your password?", robots: { index: false } };

export default function ForgotPasswordPage() {
  return (
    <main className="flex min-h-screen items-center justify-center px-4">
      <Card className="w-full max-w-sm">
        <CardBody className="py-8">
          <h1 className="text-xl font-semibold text-slate-900">Forgot your password?</h1>
          <p className="mt-1 text-sm text-slate-500">We email a link to set a new one to the address you sign in with.</p>
          <ForgotPasswordForm />
          <a href="/signin" className="mt-4 block text-sm text-slate-600 underline">
            Back to sign in
          </a>
        </CardBody>
      </Card>
    </main>
  );
}
