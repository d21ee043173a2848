import type { Metadata } from "next";
import { requireStaffPage } from "@/lib/auth/session";
import { Card, CardBody, CardHeader } from "@/components/ui";
import { ChangePasswordForm, DisplayNameForm } from "@/components/profile/profile-forms";

export const metadata: Metadata = { title: "Your account" };
export const dynamic = "force-dynamic";

/** Where each person changes their own display name and password. */
export default async function ProfilePage() {
  const staff = await requireStaffPage("agent", "/profile");
  return (
    <div className="mx-auto max-w-2xl space-y-6">
      <h1 className="text-2xl font-semibold text-slate-900">Your account</h1>
      <Card>
        <CardHeader title="Profile" description={`Signed in as ${staff.email} (${staff.role}).`} />
        <CardBody>
          <DisplayNameForm name={staff.name} />
        </CardBody>
      </Card>
      <Card>
        <CardHeader title="Password" />
        <CardBody>
          <ChangePasswordForm />
        </CardBody>
      </Card>
    </div>
  );
}
