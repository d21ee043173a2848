import type { StaffRole } from "@/lib/auth/roles";

declare module "next-auth" {
  interface Session {
    user: {
      id: string;
      name: string;
      email: string;
      role: StaffRole;
      workspaceId: string;
    };
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    role?: StaffRole;
    workspaceId?: string;
  }
}
