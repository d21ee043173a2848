import Link from "next/link";
import { buttonClasses, Card, CardBody } from "@/components/ui";

const surfaces = [
  {
    title: "Chat widget",
    text: "One script tag on any site. Customers talk to AI specialists that answer from your help centre and act on orders, refunds and plans.",
  },
  {
    title: "Escalation you can audit",
    text: "Every turn is checked for frustration, low confidence, requests for a person, risk and authority limits, and each decision records why.",
  },
  {
    title: "Warm handoff",
    text: "A human gets a brief they can act on in thirty seconds: who, what was tried, why now and what to do next.",
  },
];

export default function HomePage() {
  return (
    <main className="mx-auto max-w-5xl px-6 py-16">
      <p className="text-sm font-semibold uppercase tracking-wide text-brand-600">Lumen Desk</p>
      <h1 className="mt-2 text-4xl font-bold tracking-tight text-slate-900">
        AI customer service that knows when to hand over
      </h1>
      <p className="mt-4 max-w-2xl text-lg text-slate-600">
        A self-hostable help desk: AI agents resolve routine questions, and when a person is needed
        they join with the full context, so your customers never repeat themselves.
      </p>
      <div className="mt-8 flex gap-3">
        <Link href="/console" className={buttonClasses("primary")}>
          Open the console
        </Link>
        <Link href="/signin" className={buttonClasses("secondary")}>
          Sign in
        </Link>
      </div>
      <div className="mt-12 grid gap-4 sm:grid-cols-3">
        {surfaces.map((s) => (
          <Card key={s.title}>
            <CardBody>
              <h2 className="font-semibold text-slate-900">{s.title}</h2>
              <p className="mt-2 text-sm text-slate-600">{s.text}</p>
            </CardBody>
          </Card>
        ))}
      </div>
    </main>
  );
}
