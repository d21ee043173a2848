import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getDb } from "@/lib/db";
import { deskMode } from "@/lib/desk-mode";
import { demoProducts } from "@/lib/demo/catalogue";
import { demoWorkspaceSlug } from "@/lib/demo/seed";
import { demoStoreVisit } from "@/lib/demo/shoppers";

export const metadata: Metadata = { title: "Demo store" };
export const dynamic = "force-dynamic";

const money = (cents: number) => `$${(cents / 100).toFixed(2)}`;

const tryThis = [
  "How long do I have to return an item?",
  "Where is my order?",
  "I'd like a refund for my last order (sign in first)",
  "I want to talk to a human",
];

/**
 * A pretend shop with the widget embedded exactly as a customer's site would embed it. Signing
 * in here stands for the shop's own login: the page then passes the shopper's id and its
 * HMAC, computed on the server, so the chat knows who it is talking to. Only in demo mode, and
 * only for the shoppers the demo seed made up: anything else is a 404.
 */
export default async function DemoStorePage({ searchParams }: { searchParams: Promise<{ as?: string }> }) {
  const { as } = await searchParams;
  const visit = await demoStoreVisit(await getDb(), deskMode().mode, typeof as === "string" ? as : undefined);
  if (!visit) notFound();
  const { signedIn, suggested } = visit;

  return (
    <div className="min-h-screen bg-stone-50 text-stone-900">
      <header className="border-b border-stone-200 bg-white">
        <div className="mx-auto flex max-w-6xl items-center justify-between px-6 py-4">
          <p className="text-xl font-semibold tracking-tight">Lumen &amp; Co.</p>
          <nav aria-label="Store" className="flex items-center gap-5 text-sm">
            <a href="#products">Shop</a>
            <a href="#help">Help</a>
            {signedIn ? (
              <span data-testid="demo-account">
                Signed in as <strong>{signedIn.name}</strong> · <a href="/demo">Sign out</a>
              </span>
            ) : suggested ? (
              // A full page load, as a shop's real sign-in is: the widget reads who is signed in
              // from its script tag when the page loads.
              <a href={`/demo?as=${encodeURIComponent(suggested.externalId)}`} data-testid="demo-sign-in">
                Sign in as {suggested.name}
              </a>
            ) : null}
          </nav>
        </div>
      </header>
      <main className="mx-auto grid max-w-6xl gap-8 px-6 py-10 lg:grid-cols-[1fr_320px]">
        <section id="products" aria-labelledby="products-heading">
          <h1 id="products-heading" className="text-3xl font-bold">
            Things for slow mornings
          </h1>
          <p className="mt-2 text-stone-600">Lamps, linens and kitchen tools, delivered in two days.</p>
          <ul className="mt-6 grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
            {demoProducts.slice(0, 9).map((p) => (
              <li key={p.sku} className="rounded-xl border border-stone-200 bg-white p-4">
                <div className="aspect-[4/3] rounded-lg bg-gradient-to-br from-amber-100 to-stone-200" aria-hidden />
                <p className="mt-3 font-medium">{p.name}</p>
                <p className="text-sm text-stone-600">{money(p.priceCents)}</p>
              </li>
            ))}
          </ul>
        </section>
        <aside id="help" className="space-y-6">
          <section className="rounded-xl border border-stone-200 bg-white p-5">
            <h2 className="font-semibold">Try the chat</h2>
            <p className="mt-1 text-sm text-stone-600">Open the chat button in the corner and ask, for example:</p>
            <ul className="mt-3 list-disc space-y-1 pl-5 text-sm">
              {tryThis.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
            <p className="mt-3 text-sm text-stone-600">
              Then answer as a human from the <Link href="/console" className="underline">console</Link> (demo sign-in in the
              README). Verification codes for guests arrive in the <Link href="/dev/mailbox" className="underline">development mailbox</Link>.
            </p>
          </section>
          {signedIn ? (
            <section className="rounded-xl border border-stone-200 bg-white p-5" aria-labelledby="orders-heading">
              <h2 id="orders-heading" className="font-semibold">
                Your orders
              </h2>
              <ul className="mt-2 space-y-1 text-sm" data-testid="demo-orders">
                {signedIn.orders.map((o) => (
                  <li key={o.number} data-order={o.number} data-status={o.status} data-total-cents={o.totalCents} data-refundable={o.refundable ? "true" : undefined}>
                    #{o.number} · {o.status} · {money(o.totalCents)}
                    {o.refundable ? " · can be refunded" : ""}
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
        </aside>
      </main>
      {signedIn ? (
        <script src="/widget.js" data-workspace={demoWorkspaceSlug} data-user-id={signedIn.externalId} data-user-hash={signedIn.identityHash} async />
      ) : (
        <script src="/widget.js" data-workspace={demoWorkspaceSlug} async />
      )}
    </div>
  );
}
