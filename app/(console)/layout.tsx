import Link from "next/link";
import type { ReactNode } from "react";
import { getStaff } from "@/lib/auth/session";
import { roleAtLeast } from "@/lib/auth/roles";
import { Badge } from "@/components/ui";
import { SignOutButton } from "@/components/console/sign-out-button";
import { PresenceControl } from "@/components/console/presence-control";
import { AssignmentAlerts } from "@/components/console/assignment-alerts";
import { UnansweredAlerts } from "@/components/console/unanswered-alerts";
import { AlertTray } from "@/components/console/alert-tray";
import { QueueAlerts } from "@/components/console/queue-alerts";

export default async function ConsoleLayout({ children }: { children: ReactNode }) {
  const staff = await getStaff();
  // Each page runs its own guard (with the path to come back to), so a signed-out visitor
  // is redirected from there; the shell is only drawn for staff.
  if (!staff) return children;
  return (
    <div className="min-h-screen">
      <header className="border-b border-slate-200 bg-white">
        <div className="mx-auto flex h-14 max-w-7xl items-center gap-6 px-4">
          <Link href="/console" className="font-semibold text-slate-900">
            Lumen Desk
          </Link>
          <nav aria-label="Console" className="flex gap-4 text-sm text-slate-600">
            <Link href="/console" className="hover:text-slate-900">
              Inbox
            </Link>
            <Link href="/console/replies" className="hover:text-slate-900">
              Saved replies
            </Link>
            {roleAtLeast(staff.role, "supervisor") ? (
              <Link href="/supervisor" className="hover:text-slate-900">
                Supervisor
              </Link>
            ) : null}
            {roleAtLeast(staff.role, "supervisor") ? (
              <Link href="/admin/help-centre" className="hover:text-slate-900">
                Help centre
              </Link>
            ) : null}
            {roleAtLeast(staff.role, "admin") ? (
              <Link href="/admin" className="hover:text-slate-900">
                Admin
              </Link>
            ) : null}
            {roleAtLeast(staff.role, "admin") ? (
              <Link href="/admin/connectors" className="hover:text-slate-900">
                Connectors
              </Link>
            ) : null}
          </nav>
          <div className="ml-auto flex items-center gap-3 text-sm">
            {roleAtLeast(staff.role, "supervisor") ? <AlertTray /> : null}
            <PresenceControl />
            <Link href="/profile" className="text-slate-700 hover:text-slate-900 hover:underline" data-testid="staff-name" title="Your name and password">
              {staff.name}
            </Link>
            <Badge tone="brand">{staff.role}</Badge>
            <SignOutButton />
          </div>
        </div>
      </header>
      <div className="mx-auto max-w-7xl px-4 py-6">{children}</div>
      <AssignmentAlerts />
      <QueueAlerts />
      {roleAtLeast(staff.role, "supervisor") ? <UnansweredAlerts /> : null}
    </div>
  );
}
