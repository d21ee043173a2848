import Link from "next/link";
import { buttonClasses, Card, CardBody } from "@/components/ui";

export const metadata = { title: "No access" };

export default async function ForbiddenPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { need } = await searchParams;
  return (
    <main className="flex min-h-screen items-center justify-center px-4">
      <Card className="w-full max-w-md">
        <CardBody className="py-8 text-center">
          <h1 className="text-xl font-semibold text-slate-900">You don&apos;t have access to that page</h1>
          <p className="mt-2 text-sm text-slate-600">
            {typeof need === "string" ? `It needs the ${need} role. ` : ""}Ask an admin if you need it.
          </p>
          <Link href="/console" className={`${buttonClasses("secondary")} mt-6`}>
            Back to the console
          </Link>
        </CardBody>
      </Card>
    </main>
  );
}
