import type { KnowledgeArticle } from "../../lib/models/offline/knowledge-retrieval";

/** A small help centre for a clothing shop, written for these tests. */
export const HELP_CENTRE: Omit<KnowledgeArticle, "language">[] = [
  {
    id: "kb-returns",
    slug: "returns-and-exchanges",
    title: "Returns and exchanges",
    body:
      "You can return unworn items within 30 days of delivery for a full refund. Start a return from your " +
      "account page, print the prepaid label and drop the parcel at any post office. Exchanges for a different " +
      "size are free. Sale items can be returned for store credit only.",
    tags: ["return", "refund", "exchange"],
  },
  {
    id: "kb-shipping",
    slug: "shipping-times",
    title: "Shipping times and costs",
    body:
      "Standard shipping takes 3 to 5 business days and is free on orders over $50. Express shipping arrives " +
      "in 1 to 2 business days. We ship to the US, Canada and the EU.",
    tags: ["delivery", "shipping"],
  },
  {
    id: "kb-tracking",
    slug: "track-your-order",
    title: "Tracking your order",
    body:
      "Once your order ships we email a tracking link. You can also see the status of every order under " +
      "Orders in your account. Tracking can take 24 hours to update after the label is created.",
    tags: ["tracking", "order status"],
  },
  {
    id: "kb-password",
    slug: "reset-password",
    title: "Resetting your password",
    body:
      "Click 'Forgot password' on the sign-in page and we will email you a reset link that is valid for one hour. " +
      "Check your spam folder if it does not arrive.",
    tags: ["account", "login"],
  },
  {
    id: "kb-payment",
    slug: "payment-methods",
    title: "Payment methods",
    body:
      "We accept Visa, Mastercard, American Express, PayPal and Apple Pay. Your card is charged when the order ships.",
    tags: ["payment", "card"],
  },
  {
    id: "kb-sizing",
    slug: "size-guide",
    title: "Size guide",
    body: "Our jeans run true to size. Jackets are cut slim, so size up if you plan to wear a sweater underneath.",
    tags: ["size", "fit"],
  },
];
