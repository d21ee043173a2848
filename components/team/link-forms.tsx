"use client";

import { acceptInvitationSchema, MIN_STAFF_PASSWORD_LENGTH, passwordResetSchema } from "@/lib/team/schemas";
import { NewPasswordForm } from "./new-password-form";

// Schemas cannot cross from a server page to a client component, so each link's form picks its own here.

export function InvitationForm({ token }: { token: string }) {
  return <NewPasswordForm token={token} endpoint="/api/team/invitation" schema={acceptInvitationSchema} askName minPasswordLength={MIN_STAFF_PASSWORD_LENGTH} submitLabel="Join the team" doneText="You're on the team." />;
}

export function PasswordResetForm({ token }: { token: string }) {
  return <NewPasswordForm token={token} endpoint="/api/team/password-reset" schema={passwordResetSchema} askName={false} minPasswordLength={MIN_STAFF_PASSWORD_LENGTH} submitLabel="Set the new password" doneText="Your password is set." />;
}
