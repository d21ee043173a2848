import bcrypt from "bcryptjs";
import { audit } from "../business/audit";
import type { Db } from "../db";
import { newWorkspaceData } from "../workspace/new-workspace";
import { demoHelpCentre } from "./article-translations";
import { demoProducts } from "./catalogue";
import { demoCustomerNames, demoPasswords, demoStaff } from "./people";
import { between, pick, seededRandom } from "../seeded-random";

export const demoWorkspaceSlug = "lumen";

/**
 * The audit entry the seed writes last, naming the shoppers it made up. Only a workspace with it
 * is the demo store, and only those shoppers may be signed in as on the demo page: a real
 * workspace that happens to be called "lumen", or a real customer added later, never is.
 */
export const DEMO_STORE_MARKER = "demo.store_created";

const DAY = 24 * 3600 * 1000;
const tiers = ["free", "free", "free", "free", "free", "pro", "pro", "pro", "premium", "premium", "enterprise"] as const;
const plans = [
  { plan: "basic", priceCents: 4_99 },
  { plan: "pro", priceCents: 9_99 },
  { plan: "premium", priceCents: 19_99 },
] as const;
const cards = ["visa", "mastercard", "amex"] as const;
const failureReasons = ["card_declined", "insufficient_funds", "expired_card"] as const;
const streets = ["Maple Ave", "Harbor St", "Elm Road", "Cedar Lane", "Lakeview Dr", "King St", "Rue des Lilas", "Calle Mayor"];
const cities = [
  { city: "Portland", region: "OR", country: "US" },
  { city: "Austin", region: "TX", country: "US" },
  { city: "Toronto", region: "ON", country: "CA" },
  { city: "Madrid", region: "M", country: "ES" },
  { city: "Lyon", region: "ARA", country: "FR" },
  { city: "Berlin", region: "BE", country: "DE" },
];

export interface DemoCredential {
  role: string;
  email: string;
  password: string;
}

export function demoCredentials(): DemoCredential[] {
  return demoStaff.map((s) => ({ role: s.role, email: s.email, password: demoPasswords[s.role] }));
}

function emailFor(name: string, index: number): string {
  const local = name
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z]+/g, ".")
    .replace(/^\.|\.$/g, "");
  return `${local}${index % 7 === 0 ? index : ""}@example.com`;
}

/**
 * Creates the demo store: staff, customers with orders, subscriptions and payments (some failed),
 * the catalogue and the help centre. Deterministic apart from timestamps, which are relative to
 * `now` so the data always looks recent.
 */
export async function seedDemoWorkspace(db: Db, now = new Date()): Promise<string> {
  const random = seededRandom(20261124);
  const workspace = await db.workspace.create({
    data: newWorkspaceData({ name: "Lumen & Co.", slug: demoWorkspaceSlug, timezone: "America/New_York" }),
  });
  const workspaceId = workspace.id;

  const hashes = new Map<string, string>();
  for (const role of Object.keys(demoPasswords) as (keyof typeof demoPasswords)[]) {
    hashes.set(role, await bcrypt.hash(demoPasswords[role], 10));
  }
  await db.user.createMany({
    data: demoStaff.map((s) => ({
      workspaceId,
      email: s.email,
      name: s.name,
      passwordHash: hashes.get(s.role)!,
      role: s.role,
      skills: s.skills,
      languages: s.languages,
      seniority: s.seniority,
      maxConcurrentChats: s.maxConcurrentChats,
    })),
  });

  await db.knowledgeArticle.createMany({
    data: demoHelpCentre().map((a) => ({ workspaceId, slug: a.slug, language: a.language, title: a.title, category: a.category, body: a.body, tags: a.tags })),
  });
  await db.product.createMany({ data: demoProducts.map((p) => ({ workspaceId, ...p })) });
  const products = await db.product.findMany({ where: { workspaceId } });

  let orderNumber = 4500;
  const shoppers: string[] = [];
  for (const [index, person] of demoCustomerNames.entries()) {
    const tier = pick(random, tiers);
    const place = pick(random, cities);
    const address = {
      name: person.name,
      line1: `${between(random, 1, 999)} ${pick(random, streets)}`,
      city: place.city,
      region: place.region,
      postalCode: String(between(random, 10000, 99999)),
      country: place.country,
    };
    const customer = await db.customer.create({
      data: {
        workspaceId,
        externalId: `cus_${1001 + index}`,
        name: person.name,
        email: emailFor(person.name, index),
        tier,
        language: person.language,
        verifiedAt: random() < 0.6 ? new Date(now.getTime() - between(random, 1, 300) * DAY) : null,
        createdAt: new Date(now.getTime() - between(random, 100, 900) * DAY),
      },
    });

    let lifetimeValueCents = 0;
    const orderCount = between(random, 1, tier === "free" ? 2 : 4);
    for (let o = 0; o < orderCount; o++) {
      const ageDays = between(random, 0, 80);
      const placedAt = new Date(now.getTime() - ageDays * DAY - between(random, 0, 23) * 3600 * 1000);
      const lines = Array.from({ length: between(random, 1, 3) }, () => ({
        product: pick(random, products),
        quantity: between(random, 1, 2),
      }));
      const totalCents = lines.reduce((sum, l) => sum + l.product.priceCents * l.quantity, 0);
      const paymentFailed = random() < 0.08;
      const status = paymentFailed
        ? "pending"
        : ageDays < 2
          ? "paid"
          : ageDays < 6
            ? "shipped"
            : random() < 0.06
              ? "returned"
              : "delivered";
      const shippedAt = status === "shipped" || status === "delivered" || status === "returned" ? new Date(placedAt.getTime() + DAY) : null;
      const order = await db.order.create({
        data: {
          workspaceId,
          customerId: customer.id,
          number: String(orderNumber++),
          status,
          totalCents,
          shippingAddress: address,
          trackingNumber: shippedAt ? `1Z${between(random, 100000000, 999999999)}` : null,
          placedAt,
          shippedAt,
          deliveredAt: status === "delivered" || status === "returned" ? new Date(placedAt.getTime() + 4 * DAY) : null,
          items: {
            create: lines.map((l) => ({ productId: l.product.id, quantity: l.quantity, unitPriceCents: l.product.priceCents })),
          },
        },
      });
      await db.payment.create({
        data: {
          workspaceId,
          customerId: customer.id,
          orderId: order.id,
          amountCents: totalCents,
          status: paymentFailed ? "failed" : "succeeded",
          cardBrand: pick(random, cards),
          cardLast4: String(between(random, 1000, 9999)),
          failureReason: paymentFailed ? pick(random, failureReasons) : null,
          createdAt: placedAt,
        },
      });
      if (!paymentFailed) lifetimeValueCents += totalCents;
    }

    if (tier !== "free" || random() < 0.2) {
      const { plan, priceCents } = tier === "enterprise" || tier === "premium" ? plans[2] : tier === "pro" ? plans[1] : plans[0];
      const pastDue = random() < 0.15;
      const startedAt = new Date(now.getTime() - between(random, 40, 400) * DAY);
      const subscription = await db.subscription.create({
        data: {
          workspaceId,
          customerId: customer.id,
          plan,
          status: pastDue ? "past_due" : "active",
          priceCents,
          startedAt,
          currentPeriodEnd: new Date(now.getTime() + between(random, 1, 29) * DAY),
        },
      });
      await db.payment.create({
        data: {
          workspaceId,
          customerId: customer.id,
          subscriptionId: subscription.id,
          amountCents: priceCents,
          status: pastDue ? "failed" : "succeeded",
          cardBrand: pick(random, cards),
          cardLast4: String(between(random, 1000, 9999)),
          failureReason: pastDue ? pick(random, failureReasons) : null,
          createdAt: new Date(now.getTime() - between(random, 1, 28) * DAY),
        },
      });
      if (!pastDue) lifetimeValueCents += priceCents * Math.max(1, Math.round((now.getTime() - startedAt.getTime()) / (30 * DAY)));
    }
    await db.customer.update({ where: { id: customer.id }, data: { lifetimeValueCents } });
    shoppers.push(customer.externalId!);
  }
  await audit(db, { workspaceId, actorType: "system", actorId: null, action: DEMO_STORE_MARKER, targetType: "workspace", targetId: workspaceId, detail: { shoppers } });
  return workspaceId;
}
