/**
 * Help-centre articles for the "Lumen & Co." demo workspace.
 *
 * Store policy facts used throughout (keep these consistent when editing):
 * - Returns: 30 days from delivery; 60 days for Lumen Plus Pro and Premium.
 *   Items must be unused, in original packaging, with all accessories.
 * - Return label: free for damaged, defective or wrong items (and for all
 *   Lumen Plus Premium returns); otherwise a flat $5.95 / CA$7.95 / €5.95 fee
 *   is deducted from the refund.
 * - Refunds go to the original payment method within 5–10 business days after
 *   the return reaches our warehouse.
 * - Standard shipping: US 3–5 business days ($5.99), Canada 5–8 (CA$9.99),
 *   EU 7–12 (€8.99). Express: US 1–2 ($14.99), Canada 2–4 (CA$24.99),
 *   EU 3–5 (€19.99). Free standard shipping over $50 / CA$65 / €50.
 * - Orders are dispatched within 1 business day. Self-service cancellation
 *   within 2 hours; afterwards support can cancel until the order is packed.
 * - Lumen Plus: Basic $4.99/mo, Pro $9.99/mo, Premium $19.99/mo; annual
 *   billing gives 2 months free ($49.90 / $99.90 / $199.90 per year).
 *   Plan changes take effect at the next billing period.
 * - Password reset links are valid for 30 minutes; accounts lock for
 *   30 minutes after 5 failed sign-ins in a row.
 */

export interface DemoArticle {
  slug: string;
  title: string;
  category:
    | "returns"
    | "shipping"
    | "billing"
    | "account"
    | "plans"
    | "troubleshooting"
    | "orders"
    | "privacy";
  tags: string[];
  body: string;
}

export const demoArticles: DemoArticle[] = [
  // ---------------------------------------------------------------- returns
  {
    slug: "return-policy",
    title: "Our return policy",
    category: "returns",
    tags: ["return", "returns", "return policy", "return window", "how long to return an item", "time limit", "send back", "money back", "refund", "30 days", "60 days", "how many days do I have to return something", "can I return an item I bought last month", "does the item need its original packaging", "is return shipping free", "do members get a longer return window", "return conditions", "can I return an unused item", "can I still return it without the box", "what condition must an item be in to return it"],
    body: `Changed your mind? You can return most items within **30 days of delivery**. Lumen Plus **Pro** and **Premium** members get an extended **60-day** return window. Lumen Plus Basic follows the standard 30 days.

To be accepted, a returned item must be:

1. Unused and in the same condition you received it.
2. In its original packaging, with all accessories, manuals and cables.
3. Listed on the order you are returning it from.

Some products can't be returned, such as gift cards and opened personal care items. See "Items that can't be returned" for the full list.

Return shipping is free if the item arrived damaged, defective or wasn't what you ordered. For all other returns, a flat fee of $5.95 (CA$7.95 / €5.95) is deducted from your refund, unless you are a Premium member.

Once your return reaches our warehouse, we refund your original payment method within 5–10 business days.`,
  },
  {
    slug: "how-to-start-a-return",
    title: "How to start a return",
    category: "returns",
    tags: ["return", "start a return", "return an item", "how do i return", "return label", "send back", "return request", "drop off", "refund", "money back", "how do I send something back", "where do I get a return label", "what are the steps to return an item", "where do I drop off my return", "do I need to contact you before returning", "return process", "how does returning an item work", "walk me through a return"],
    body: `You can start a return online in a couple of minutes. You don't need to contact us first.

1. Sign in and go to **Account > Orders**.
2. Select the order and click **Return items**.
3. Choose the items and a reason for each one.
4. Pick **Refund** or **Exchange**.
5. Download the prepaid return label and print it, or show the QR code at a carrier drop-off point.
6. Pack the items securely in their original packaging and drop the parcel off within 14 days.

If the reason is "damaged", "defective" or "wrong item", the label is free. Otherwise a flat $5.95 (CA$7.95 / €5.95) is deducted from your refund. Lumen Plus Premium members always get free return labels.

We email you when the parcel is scanned and again when it reaches our warehouse. Your refund follows within 5–10 business days after that.`,
  },
  {
    slug: "non-returnable-items",
    title: "Items that can't be returned",
    category: "returns",
    tags: ["non-returnable", "final sale", "gift card", "personal care", "hygiene", "can't return", "exceptions", "can I return a gift card", "can I return opened personal care items", "is food or coffee returnable", "can I return a personalised or engraved item", "what is final sale", "opened item", "can I return something I opened", "sale item", "am I stuck with a final sale item", "sealed food"],
    body: `For health, safety and legal reasons, a few products can't be returned unless they arrive damaged or defective:

- **Gift cards** and Lumen e-gift cards.
- **Opened personal care items**, such as electric toothbrushes, shavers and massage devices. Unopened items in sealed packaging can be returned as normal.
- **Food and drink**, including coffee beans and tea.
- **Personalised or engraved items** made to your order.
- Items marked **Final sale** on the product page.

If one of these items is faulty, you're still covered: report it within 7 days of delivery and we'll replace or refund it. Faults that show up later fall under the product warranty (1 year, or 2 years for customers in the EU).

Lumen Plus memberships are not physical goods and aren't returned. To stop a membership, see "Cancel or pause your Lumen Plus membership".`,
  },
  {
    slug: "exchanges",
    title: "Exchanging an item",
    category: "returns",
    tags: ["exchange", "swap", "different colour", "different size", "replace", "return", "wrong colour", "can I exchange an item for another size or colour", "how do I swap an item", "does an exchange cost anything", "what if the new variant costs more", "trade for a different one", "swap for another size", "pay the difference", "exchange instead of a refund", "do exchanges have a return shipping fee"],
    body: `If you'd like the same product in a different colour, size or variant, you can exchange it instead of returning it for a refund. Exchanges follow the same window as returns: 30 days from delivery, or 60 days for Lumen Plus Pro and Premium members.

1. Go to **Account > Orders** and select the order.
2. Click **Return items** and choose **Exchange**.
3. Pick the new variant. If it costs more, you pay the difference; if it costs less, we refund the difference.
4. Send the original item back with the prepaid label.

We ship the replacement as soon as the carrier scans your parcel, so you don't have to wait for it to reach us. Exchanges don't carry a return shipping fee.

Want a completely different product? Return the item for a refund and place a new order. This is usually quicker and lets you use any current promo codes.`,
  },
  {
    slug: "damaged-defective-or-missing-items",
    title: "Damaged, defective or missing items",
    category: "returns",
    tags: ["damaged", "broken", "defective", "faulty", "doesn't work", "missing item", "incomplete order", "wrong item", "replacement", "refund", "my item arrived broken", "the product doesn't work out of the box", "an item is missing from my parcel", "I received the wrong item", "how do I report a damaged delivery", "dead on arrival", "arrived in pieces", "arrived smashed", "new item won't turn on", "it arrived dented or scratched"],
    body: `Sorry if your order didn't arrive as it should. We'll make it right at no cost to you.

**Damaged or defective on arrival.** Report it within **7 days of delivery**:

1. Go to **Account > Orders**, select the order and click **Report a problem**.
2. Add a short description and one or two photos of the item and its packaging.
3. Choose a free replacement or a full refund, including the original shipping cost.

We send a free return label. For low-value items we may ask you to recycle the item instead of sending it back.

**Missing items.** Larger orders sometimes ship in more than one parcel, so first check your dispatch emails for multiple tracking numbers. If everything has been delivered and something is still missing, report it within **14 days of delivery** using the same **Report a problem** button. Tell us which item is missing and we'll send it or refund it.

Faults appearing later are covered by the product warranty.`,
  },
  {
    slug: "refund-policy-and-timing",
    title: "Refund policy and when you'll get your money back",
    category: "returns",
    tags: ["refund", "refund status", "money back", "when will i get my refund", "refund timing", "where is my refund", "return", "how long does a refund take", "when will I get my refund", "where does my refund go", "is shipping refunded", "how do I check my refund status", "refund to my card", "will the refund go back to my card", "refund to original payment method"],
    body: `Refunds always go back to the **original payment method**. If you paid with a gift card, that portion is returned as store credit.

**Timing.** Once your return reaches our warehouse, we inspect it and refund you within **5–10 business days**. Most refunds are issued within 2 business days of arrival; the rest of the time is your bank or PayPal processing it.

**Checking the status:**

1. Go to **Account > Orders** and open the order.
2. The return shows one of: *Label created*, *In transit*, *Received*, or *Refunded*.
3. When it says *Refunded*, we've sent the money and you'll also receive an email.

**What's refunded.** You get the price you paid for the items. Original shipping costs are refunded only if the item was damaged, defective or sent in error. For change-of-mind returns, the $5.95 (CA$7.95 / €5.95) return fee is deducted.

If 10 business days have passed since *Received*, contact us with your order number.`,
  },
  // ---------------------------------------------------------------- billing
  {
    slug: "partial-refunds-and-store-credit",
    title: "Partial refunds and store credit",
    category: "billing",
    tags: ["partial refund", "store credit", "refund", "money back", "credit balance", "less than expected", "gift card balance", "why was my refund smaller than expected", "can I get store credit instead of a refund", "does store credit expire", "why did I only get part of my money back", "cash out store credit", "account balance"],
    body: `**Why was my refund less than expected?** A refund can be partial when:

- You returned only some items from an order.
- A change-of-mind return had the $5.95 (CA$7.95 / €5.95) return fee deducted.
- An item came back used, damaged or without its accessories. We email photos and explain the deduction.
- A promo code applied to the whole order; the discount is shared across the items.

**Store credit.** Instead of a refund to your card, you can choose store credit when you start a return. Store credit is issued as soon as we receive the return, so it's faster than a card refund. Credit:

1. Appears under **Account > Wallet**.
2. Is applied automatically at checkout (you can turn this off).
3. Never expires and can't be exchanged for cash.

Refunds for orders paid with a gift card are always issued as store credit. Store credit is lost if you delete your account.`,
  },
  {
    slug: "payment-methods-and-currencies",
    title: "Accepted payment methods and currencies",
    category: "billing",
    tags: ["payment methods", "pay", "credit card", "paypal", "apple pay", "google pay", "currency", "usd", "cad", "eur", "gift card", "what payment options do you have", "do you accept PayPal", "can I pay with Apple Pay or Google Pay", "which credit cards do you take", "what currency am I charged in", "can I pay in instalments", "cash on delivery", "bank transfer", "can I pay cash"],
    body: `We accept the following payment methods:

- Visa, Mastercard and American Express (all regions)
- Discover (US only)
- PayPal
- Apple Pay and Google Pay
- Lumen gift cards and store credit, which can be combined with any of the above

We don't accept cash on delivery, cheques or bank transfers for individual orders.

**Currencies.** Prices and charges use the currency of your shipping country:

1. **US** orders are charged in US dollars (USD).
2. **Canada** orders are charged in Canadian dollars (CAD).
3. **EU** orders are charged in euros (EUR).

You can't choose a different currency at checkout. If your card is in another currency, your bank converts the amount and may add a foreign transaction fee; we don't control this.

Lumen Plus memberships are billed in the currency of the country on your account.`,
  },
  {
    slug: "payment-declined",
    title: "My payment failed or was declined",
    category: "billing",
    tags: ["payment declined", "payment failed", "card declined", "card rejected", "can't pay", "checkout", "3d secure", "billing", "why was my card declined", "my payment keeps failing at checkout", "the bank verification step failed", "what do I do if my payment doesn't go through", "card won't go through", "transaction won't go through", "my card was rejected but it works elsewhere"],
    body: `A declined payment is almost always decided by your bank or card issuer, and we're not told the exact reason. Here's what to check:

1. **Card details.** Re-enter the card number, expiry date and security code.
2. **Billing address.** It must match the address your bank has on file, including the postcode.
3. **Funds and limits.** Make sure the card has enough available balance and hasn't hit a daily limit.
4. **Security check.** Complete the 3-D Secure step in your banking app if prompted. Pop-up blockers can hide it.
5. **Bank block.** Call your bank; they sometimes block online or international payments.
6. **Another method.** Try a different card, PayPal, Apple Pay or Google Pay.

A declined attempt can leave a temporary hold on your card. It isn't a charge and disappears on its own; see "Double charge or pending authorisation".

If a Lumen Plus renewal fails, we retry over 7 days and email you. Update your card to keep your benefits.`,
  },
  {
    slug: "double-charge-or-pending-authorisation",
    title: "Double charge or pending authorisation",
    category: "billing",
    tags: ["double charge", "charged twice", "pending", "authorisation", "authorization", "hold", "extra charge", "duplicate charge", "billing", "why was I charged twice", "there is a pending charge on my card", "I see two payments for one order", "when does a pending authorisation disappear", "two transactions on my statement", "charged for a cancelled order", "you took my money twice", "pending charge after I cancelled"],
    body: `If you see two amounts for one order, one of them is usually a **pending authorisation**, not a real charge.

When you place an order, we ask your bank to hold the amount. When the order ships, the hold is replaced by the final charge. Until your bank releases the original hold, both can appear on your statement.

Extra holds can also appear when:

- A payment attempt was declined and you tried again.
- You edited the order, changing the total.
- You cancelled the order before it shipped.

Pending holds drop off automatically, usually within **3–7 business days** depending on your bank. We can't release them sooner.

**If two charges have fully posted** (no longer marked pending):

1. Check **Account > Orders** to make sure you didn't place two orders.
2. Contact us with the order number and a screenshot of both charges.
3. We'll refund the duplicate to your original payment method within 5–10 business days.`,
  },
  {
    slug: "invoices-and-receipts",
    title: "Downloading invoices and receipts",
    category: "billing",
    tags: ["invoice", "receipt", "vat invoice", "download invoice", "pdf", "tax receipt", "billing history", "company invoice", "where can I find my invoices", "how do I download a receipt", "can I get an invoice with my company details", "where are my membership receipts", "resend receipt", "I need a copy of my receipt"],
    body: `Every order and membership payment comes with a PDF invoice you can download at any time.

**Order invoices:**

1. Go to **Account > Orders**.
2. Select the order.
3. Click **Download invoice**.

The invoice becomes available once the order has shipped. Orders that ship in several parcels still have a single invoice.

**Lumen Plus receipts:** go to **Account > Membership > Billing history** and click the receipt next to each payment.

**Business details.** To show a company name or VAT number on your invoices, add them under **Account > Billing details** before you order. Need a past invoice reissued with business details? Contact us within 30 days of the order date and we'll send a corrected copy.

Invoices show prices in the currency you were charged (USD, CAD or EUR), with sales tax, GST/HST or VAT listed separately.`,
  },
  {
    slug: "update-payment-card",
    title: "Updating your saved card",
    category: "billing",
    tags: ["update card", "change card", "new card", "expired card", "payment method", "saved card", "default card", "billing", "how do I change my card", "my card expired, how do I add a new one", "how do I remove a saved card", "how do I set a default payment method", "remove old card", "delete a card from my account", "my bank sent me a replacement card"],
    body: `Keep your card details up to date so your orders and Lumen Plus renewals go through smoothly.

1. Go to **Account > Payment methods**.
2. Click **Add payment method** and enter the new card, or connect PayPal.
3. Select **Make default** next to the card you want to use.
4. Remove the old or expired card if you no longer need it.

Your **default** payment method is used for Lumen Plus renewals. If a renewal fails, updating your card triggers an immediate retry.

**Existing orders.** An order that has already been placed keeps the payment method used at checkout. Pre-orders are the exception: you can change the card on a pre-order from the order page any time before it ships.

We never store your full card number; it's held securely by our payment processor. If you receive a replacement card from your bank with the same number, you usually only need to update the expiry date.`,
  },
  // --------------------------------------------------------------- shipping
  {
    slug: "delivery-times-and-shipping-costs",
    title: "Delivery times and shipping costs",
    category: "shipping",
    tags: ["shipping", "delivery time", "how long", "shipping cost", "free shipping", "express", "standard shipping", "canada", "eu", "us", "how much does shipping cost", "how long does delivery take", "do you offer free shipping", "how fast is express delivery", "what are the delivery periods", "when will my order be dispatched"],
    body: `We ship to the **United States, Canada and the European Union**. Orders leave our warehouse within **1 business day**, and delivery times count from dispatch.

| Region | Standard | Express |
| --- | --- | --- |
| US | 3–5 business days, $5.99 | 1–2 business days, $14.99 |
| Canada | 5–8 business days, CA$9.99 | 2–4 business days, CA$24.99 |
| EU | 7–12 business days, €8.99 | 3–5 business days, €19.99 |

**Free standard shipping** applies to orders over **$50** (CA$65 / €50) after discounts.

Lumen Plus members get extra shipping benefits:

1. **Basic:** free standard shipping on orders over $25.
2. **Pro:** free standard shipping on every order.
3. **Premium:** free express shipping on every order.

Large items such as tents and furniture may take up to 2 extra business days. We don't currently ship to PO boxes or outside these regions.`,
  },
  {
    slug: "track-your-order",
    title: "Tracking your order",
    category: "shipping",
    tags: ["tracking", "track order", "where is my order", "tracking number", "order status", "delivery", "shipping", "how do I track my package", "where do I find my tracking number", "how can I check my order status", "why isn't my tracking updating", "where is my parcel right now", "see where my package is"],
    body: `As soon as your order leaves our warehouse, we email you a **tracking link**. You can also track it any time:

1. Sign in and go to **Account > Orders**.
2. Select the order.
3. Click **Track parcel** next to each shipment.

Orders with several items may ship in more than one parcel, each with its own tracking number.

**Tracking not updating?** New tracking numbers can take up to **24 hours** to show their first scan. International parcels to Canada and the EU may also pause while they change carriers at the border. This is normal.

**Order status meanings:**

- **Processing:** we've received your order; it can still be cancelled.
- **Packed:** it's ready to go and can no longer be changed.
- **Shipped:** it's with the carrier.
- **Delivered:** the carrier has confirmed delivery.

If your parcel is past its estimated delivery date, see "My package is delayed or lost".`,
  },
  {
    slug: "delayed-or-lost-package",
    title: "My package is delayed or lost",
    category: "shipping",
    tags: ["delayed", "late", "lost package", "not delivered", "where is my order", "delivered but not received", "stolen", "tracking", "my parcel is late", "my package hasn't arrived", "tracking says delivered but I don't have it", "I think my parcel was lost or stolen", "order overdue", "late delivery", "my order should have arrived by now"],
    body: `Most delays clear up within a few days, especially around holidays or bad weather. Here's what to do:

1. **Check tracking** under **Account > Orders**. Look for messages such as "address issue" or "held at depot".
2. **Wait 5 business days** past the latest estimated delivery date. Many late parcels turn up in this time.
3. **Contact us** if it still hasn't arrived, or if tracking hasn't updated for 7 days. Include your order number.

We open an investigation with the carrier. If they can't locate the parcel, we send a **free replacement** or a **full refund**, including shipping. You choose.

**Marked delivered but not received?** Check with neighbours, your building's mail room and around your property, and wait 48 hours, as carriers sometimes scan early. If it's still missing, contact us and we'll investigate.

Delivery estimates are not guaranteed, but express shipping fees are refunded if an express parcel arrives late because of us.`,
  },
  {
    slug: "customs-duties-and-taxes",
    title: "International customs, duties and taxes",
    category: "shipping",
    tags: ["customs", "duties", "import tax", "vat", "gst", "hst", "international", "canada", "eu", "extra fees", "will I have to pay customs or import fees", "do prices include VAT", "is sales tax added at checkout", "the carrier asked me to pay duties on delivery"],
    body: `We want you to know the full price at checkout, with no surprises at the door.

**Canada.** GST/HST and any provincial sales tax are calculated at checkout. We prepay import duties, so you won't be asked to pay anything on delivery.

**European Union.** Prices include VAT at your country's rate. EU orders ship from our warehouse inside the EU, so there are no customs charges.

**United States.** Orders ship domestically. Sales tax is added at checkout where required.

**Asked to pay fees on delivery?** This shouldn't happen. Please:

1. Don't pay the carrier.
2. Take a photo of the notice or the message you received.
3. Contact us with your order number and the photo.

We'll sort it out with the carrier. If you already paid, send us the receipt and we'll reimburse you.

Returns from Canada and the EU use our prepaid labels and don't create extra customs charges for you.`,
  },
  // ----------------------------------------------------------------- orders
  {
    slug: "cancel-an-order",
    title: "Cancelling an order",
    category: "orders",
    tags: ["cancel", "cancel order", "cancellation", "changed my mind", "refund", "stop order", "order", "how do I cancel my order", "can I cancel an order that was already packed", "is it too late to cancel", "how do I get my money back for a cancelled order"],
    body: `You can cancel an order yourself within **2 hours** of placing it:

1. Go to **Account > Orders**.
2. Select the order.
3. Click **Cancel order** and confirm.

**After 2 hours**, contact us as soon as possible. We can still cancel as long as the order hasn't been **packed**. Once it's packed or shipped it can't be cancelled, but you can return it after delivery under our normal return policy.

You can also cancel individual items from a multi-item order while it is in *Processing*.

**Refunds for cancelled orders.** Nothing extra for you to do:

- If the payment was still a pending hold, it's released straight away, although your bank may take 3–7 business days to remove it from your statement.
- If you were already charged (for example, a PayPal payment), we refund your original payment method within 5–10 business days.
- Gift card and store credit amounts return to your wallet immediately.`,
  },
  {
    slug: "change-order-or-shipping-address",
    title: "Changing an order or its shipping address",
    category: "orders",
    tags: ["change order", "edit order", "change address", "wrong address", "shipping address", "add item", "remove item", "modify order", "how do I change my delivery address", "I entered the wrong address", "can I add an item to my order", "can I remove something from my order", "how do I edit an order"],
    body: `You can edit an order yourself within **2 hours** of placing it, while its status is *Processing*.

1. Go to **Account > Orders** and select the order.
2. Click **Edit order**.
3. Change the shipping address, delivery speed or item quantities, or remove items.
4. Click **Save changes**. We email you an updated confirmation.

If the total changes, we adjust the payment hold on your card or refund the difference.

**Can't see Edit order?** After 2 hours, contact us. We can still make changes as long as the order hasn't been packed. Once it's packed, it can't be changed.

**Address changes after dispatch.** We can't redirect a parcel once it has left our warehouse. Use the carrier's tracking page to request a redirect or hold at a pickup point, where the carrier allows it.

**Adding items.** New items can't be added to an existing order. Place a second order instead; if both ship within a day, we'll try to combine them.`,
  },
  {
    slug: "order-confirmation-email-missing",
    title: "I didn't receive my order confirmation email",
    category: "orders",
    tags: ["confirmation email", "no email", "order confirmation", "didn't get email", "receipt", "spam", "order", "I didn't get an order confirmation", "did my order go through", "I haven't received an email about my order"],
    body: `Order confirmations are usually sent within **15 minutes** from orders@lumen.example. If yours hasn't arrived:

1. **Check spam, junk and promotions folders**, and search your inbox for "Lumen & Co.".
2. **Check the email address** on your account under **Account > Profile**. A small typo is a common cause.
3. **Look for the order** in **Account > Orders**. If it's listed, the order went through, even if the email didn't.
4. **Resend the email** by opening the order and clicking **Resend confirmation**.
5. **Add us to your contacts** so future emails reach your inbox.

If the order isn't in your account, it may not have completed. Check your bank statement for a pending hold; if there is one but no order, it will drop off within 3–7 business days.

Ordered as a guest? Contact us with the email address you used and the last four digits of your card, and we'll find it for you.`,
  },
  {
    slug: "pre-orders",
    title: "How pre-orders work",
    category: "orders",
    tags: ["pre-order", "preorder", "back order", "coming soon", "release date", "when will it ship", "order", "how do pre-orders work", "when am I charged for a pre-order", "when will my pre-order ship", "can I cancel a pre-order", "does a pre-order hold up the rest of my order"],
    body: `Some new products are available to **pre-order** before they're in stock. These are marked *Pre-order* with an expected ship date on the product page.

- **Payment.** We only charge you when the item ships. You'll see a small verification hold when you order, which drops off within a few days.
- **Price guarantee.** If the price drops before your pre-order ships, you pay the lower price.
- **Mixed orders.** In-stock items in the same order ship straight away. The pre-order item follows separately at no extra shipping cost.
- **Delays.** If the ship date moves, we email you with the new date.

**Cancelling a pre-order** is possible any time before it ships:

1. Go to **Account > Orders** and open the pre-order.
2. Click **Cancel pre-order**.

You can also change the card used for a pre-order from the order page. Pre-order items follow the normal return policy once delivered.`,
  },
  // ------------------------------------------------------------------ plans
  {
    slug: "lumen-plus-plans-compared",
    title: "Lumen Plus plans compared",
    category: "plans",
    tags: ["lumen plus", "membership", "plans", "basic", "pro", "premium", "price", "benefits", "subscription", "free shipping", "what does Lumen Plus include", "how much does each membership plan cost", "what's the difference between Basic, Pro and Premium", "which plan has free shipping", "join lumen plus", "sign up for membership", "become a member", "member perks", "is the membership worth it"],
    body: `Lumen Plus is our paid membership. There are three plans:

**Basic, $4.99/month**
- Free standard shipping on orders over $25
- Members-only deals
- Standard 30-day returns

**Pro, $9.99/month**
- Free standard shipping on every order
- Extended 60-day returns
- Priority support with faster replies
- Members-only deals

**Premium, $19.99/month**
- Free express shipping on every order
- Extended 60-day returns with free return labels
- Priority support by chat and phone, 7 days a week
- Early access to new products and sales

**Annual billing** gives you two months free: Basic $49.90, Pro $99.90 or Premium $199.90 per year. Canada and EU members pay the equivalent in CAD or EUR.

To join, go to **Account > Membership** and choose a plan. Benefits start as soon as your first payment goes through.`,
  },
  {
    slug: "change-plan-or-billing-cycle",
    title: "Upgrading, downgrading or switching to annual billing",
    category: "plans",
    tags: ["upgrade", "downgrade", "change plan", "switch plan", "annual billing", "yearly", "lumen plus", "membership", "discount", "how do I upgrade my membership", "how do I downgrade my plan", "can I switch to annual billing", "when does a plan change take effect", "what happens to my benefits if I downgrade", "do I get the new perks straight away"],
    body: `You can change your Lumen Plus plan or billing cycle at any time:

1. Go to **Account > Membership**.
2. Click **Change plan**.
3. Choose the new plan and either monthly or annual billing.
4. Confirm. We email you a summary with the date it takes effect.

**When it takes effect.** Upgrades, downgrades and billing-cycle changes all start at your **next billing period**. Until then you keep your current plan and benefits, and there are no partial charges or refunds.

**Annual billing** saves you two months' fees: Basic $49.90, Pro $99.90 and Premium $199.90 per year, compared with $59.88, $119.88 and $239.88 paid monthly. Annual plans renew automatically each year, and we send a reminder 7 days before renewal.

**Downgrading to Basic** reduces your return window to 30 days for orders placed after the change. Orders placed before it keep the 60-day window.

To cancel a scheduled change, click **Keep current plan** on the Membership page.`,
  },
  {
    slug: "cancel-or-pause-membership",
    title: "Cancel or pause your Lumen Plus membership",
    category: "plans",
    tags: ["cancel membership", "cancel subscription", "pause", "pause membership", "stop lumen plus", "lumen plus", "unsubscribe", "refund", "how do I cancel my membership", "can I pause my subscription", "do I get a refund if I cancel Lumen Plus", "how do I stop my subscription renewing", "do I lose my benefits if I cancel", "refund for a membership I haven't used"],
    body: `**Cancelling**

1. Go to **Account > Membership**.
2. Click **Cancel membership** and confirm.

Your benefits continue until the end of the period you've already paid for, and you won't be charged again. We don't refund partial months or years. The exception is new members: if you cancel within 14 days of first joining and haven't used any member benefits, we refund your first payment in full.

**Pausing** (monthly plans only)

Not ready to cancel? You can pause instead:

1. Go to **Account > Membership** and click **Pause membership**.
2. Choose 1, 2 or 3 months.

The pause starts at your next billing date. You won't be charged or receive benefits while paused, and your membership resumes automatically on the same plan. You can pause once in any 12-month period and resume early at any time.

Annual plans can't be paused, but you can switch to monthly billing from your next renewal.`,
  },
  // ---------------------------------------------------------------- account
  {
    slug: "reset-password-and-locked-account",
    title: "Reset your password or unlock your account",
    category: "account",
    tags: ["reset password", "forgot password", "password", "locked out", "account locked", "can't sign in", "login", "sign in", "I forgot my password", "how do I reset my password", "my account is locked", "my password reset link doesn't work"],
    body: `**Forgot your password?**

1. On the sign-in page, click **Forgot password?**
2. Enter the email address on your account.
3. Open the email from Lumen & Co. and click the reset link.
4. Choose a new password of at least 10 characters.

The link is valid for **30 minutes** and can only be used once. If it has expired, request a new one; only the latest link works. No email after 10 minutes? Check your spam folder and make sure you entered the right address.

**Account locked?** For your security, your account is locked for **30 minutes** after **5 failed sign-in attempts** in a row. We send you an email when this happens. You can:

- Wait 30 minutes and try again, or
- Reset your password using the steps above, which unlocks your account straight away.

If you didn't make these attempts, reset your password and turn on two-factor authentication.`,
  },
  {
    slug: "change-email-address",
    title: "Changing the email address on your account",
    category: "account",
    tags: ["change email", "update email", "new email", "email address", "account", "profile", "login email", "how do I change my email address", "how do I update my login email", "I can't access my old email"],
    body: `Your email address is used to sign in and to receive order updates. To change it:

1. Sign in and go to **Account > Profile**.
2. Click **Edit** next to your email address.
3. Enter the new address and your current password. If two-factor authentication is on, enter a code too.
4. Open the confirmation email we send to the **new** address and click the link within 24 hours.

The change only takes effect once you confirm. Until then, keep signing in with your old address. We also notify your old address, so you'll know if someone else tries to change it.

Order and membership emails for existing orders switch to the new address straight away after confirmation.

**Can't access your old email or your account?** Contact us from the new address with your name, a recent order number and its shipping postcode. We'll verify your identity before making the change, which can take up to 2 business days.`,
  },
  {
    slug: "two-factor-authentication",
    title: "Setting up two-factor authentication",
    category: "account",
    tags: ["two-factor", "2fa", "authenticator", "security code", "verification code", "account security", "backup codes", "sms", "how do I turn on two-factor authentication", "I lost my phone and can't get my code", "where do I find my backup codes", "can I use an authenticator app", "set up 2fa", "turn on 2fa"],
    body: `Two-factor authentication (2FA) adds a second step when you sign in, so your account stays safe even if your password is stolen.

**Turning it on:**

1. Go to **Account > Security**.
2. Click **Enable two-factor authentication**.
3. Choose an **authenticator app** (recommended) or **text message**.
4. Scan the QR code or enter your phone number, then type in the 6-digit code.
5. Save your **10 backup codes** somewhere safe. Each one works once.

From then on, you'll enter a code after your password. You can tick **Trust this device** to skip the code on that device for 30 days.

**Lost your phone?** Sign in with a backup code, then set up 2FA again on your new device. If you have no backup codes, contact us. We'll verify your identity before removing 2FA, which can take up to 2 business days.

Our team will never ask you for a 2FA code.`,
  },
  // ---------------------------------------------------------------- privacy
  {
    slug: "delete-account-and-data",
    title: "Deleting your account and data",
    category: "privacy",
    tags: ["delete account", "close account", "remove data", "erase data", "right to be forgotten", "gdpr", "privacy", "account", "how do I delete my account", "how do I close my account", "can you erase my personal data"],
    body: `You can permanently delete your Lumen & Co. account and personal data at any time.

**Before you start:**
- Open orders and returns must be completed or cancelled first.
- An active Lumen Plus membership is cancelled automatically, without a refund for the current period.
- Any **store credit** in your wallet is lost.

**To delete your account:**

1. Go to **Account > Privacy**.
2. Click **Delete my account**.
3. Enter your password and confirm.
4. Click the link in the confirmation email.

Your account is deactivated immediately. If you change your mind, contact us within **14 days** and we can restore it. After that, your personal data is erased within 30 days.

We keep order invoices for as long as tax law requires, usually up to 7 years, but they are no longer linked to an account. If you'd like a copy of your data first, request a data export before deleting.`,
  },
  {
    slug: "how-we-use-your-data",
    title: "How we use your data",
    category: "privacy",
    tags: ["privacy", "personal data", "data use", "cookies", "marketing emails", "gdpr", "data sharing", "unsubscribe", "do you sell my data", "who do you share my information with", "how long do you keep my data", "how do I stop marketing emails"],
    body: `We only collect the data we need to run your orders and improve your experience.

**What we use it for:**
- Processing and delivering orders, returns and refunds
- Answering your support requests
- Preventing fraud and keeping your account secure
- With your consent: marketing emails, personalised recommendations and analytics cookies

**Who we share it with.** Only the partners needed to serve you, such as payment processors and delivery carriers. **We never sell your personal data.**

**How long we keep it.** Account data is kept while your account is open. Support conversations are kept for 24 months, and invoices for as long as tax law requires.

**Your choices:**

1. Manage marketing emails and cookies under **Account > Privacy**, or use the unsubscribe link in any email.
2. Request a copy of your data with **Download my data**.
3. Delete your account and data at any time.

Questions? Email privacy@lumen.example.`,
  },
  {
    slug: "data-export-request",
    title: "Requesting a copy of your data",
    category: "privacy",
    tags: ["data export", "download my data", "copy of data", "gdpr", "subject access request", "privacy", "personal data", "can I get a copy of my data", "how do I download all my personal data", "how do I make a subject access request"],
    body: `You can download a copy of the personal data we hold about you at any time, free of charge.

1. Sign in and go to **Account > Privacy**.
2. Click **Download my data**.
3. Confirm with your password (and a 2FA code if enabled).

We email you when your file is ready. This usually takes **up to 48 hours** and never more than 30 days. The download link is valid for **7 days**.

The export is a ZIP file containing readable CSV and JSON files with:
- Your profile, addresses and communication preferences
- Order, return and refund history
- Lumen Plus membership and billing history
- Support conversations
- Product reviews you've written

Payment card numbers aren't included because we never store them.

You can request one export every 24 hours. If you no longer have access to your account, email privacy@lumen.example from the address on your account and we'll verify your identity first.`,
  },
  // -------------------------------------------------------- troubleshooting
  {
    slug: "smart-lamp-wifi-setup",
    title: "Aurora Smart Lamp won't connect to Wi-Fi",
    category: "troubleshooting",
    tags: ["smart lamp", "aurora", "wifi", "wi-fi", "won't connect", "setup", "pairing", "2.4 ghz", "reset lamp", "lumen home app", "my smart lamp won't connect to Wi-Fi", "the lamp doesn't pair with the app", "how do I reset the Aurora lamp", "the lamp can't find my network"],
    body: `The Aurora Smart Lamp connects to **2.4 GHz Wi-Fi only**. It can't see 5 GHz networks, which is the most common reason setup fails.

**Check your network:**
- If your router combines 2.4 and 5 GHz under one name, temporarily turn off 5 GHz or create a separate 2.4 GHz network.
- Use WPA2 security. Hidden networks and captive portals (hotel or campus Wi-Fi) aren't supported.
- Keep the lamp within 10 m of the router during setup.

**Reset the lamp and try again:**

1. Plug the lamp in and switch it on.
2. Press and hold the power button for **10 seconds** until the light blinks amber.
3. Open the **Lumen Home** app and tap **Add device > Aurora Smart Lamp**.
4. Allow Bluetooth and location access when asked.
5. Select your 2.4 GHz network and enter the password carefully.

If it still won't connect, restart your router and repeat the reset.`,
  },
  {
    slug: "app-login-loop",
    title: "Lumen Home app keeps asking me to sign in",
    category: "troubleshooting",
    tags: ["app", "lumen home", "login loop", "keeps logging out", "can't sign in", "app crash", "clear cache", "update app", "the app keeps logging me out", "the Lumen Home app keeps asking me to sign in", "I'm stuck in a login loop in the app"],
    body: `If the Lumen Home app returns you to the sign-in screen after you log in, stored data in the app is usually out of date. Work through these steps:

1. **Update the app** from the App Store or Google Play. Older versions can't sign in after server updates.
2. **Clear the cache.** On Android, go to **Settings > Apps > Lumen Home > Storage > Clear cache**. On iPhone, delete the app and reinstall it; your devices stay linked to your account.
3. **Check your phone's date and time** are set automatically. A wrong clock makes sign-in tokens look expired.
4. **Turn off VPNs and ad blockers** temporarily.
5. **Sign in again** with your Lumen & Co. email and password.

If you use two-factor authentication, make sure you complete the code step within 5 minutes.

Still stuck? Try signing in at lumen.example to confirm your password works, then contact us with your phone model and app version.`,
  },
  {
    slug: "firmware-update-failed",
    title: "Device firmware update failed",
    category: "troubleshooting",
    tags: ["firmware", "update failed", "firmware update", "stuck updating", "device update", "smart lamp", "lumen home", "error", "my firmware update failed", "the device is stuck updating", "the lamp is pulsing blue after an update"],
    body: `Firmware updates improve performance and security for Lumen smart devices. If an update fails or gets stuck:

1. **Keep the device powered.** Never unplug it during an update.
2. **Wait 15 minutes.** Some updates restart the device more than once.
3. **Check the connection.** Move the device closer to the router, or your phone closer to the device. Make sure the device is on 2.4 GHz Wi-Fi.
4. **Retry from the app.** In **Lumen Home**, open the device, then **Settings > Firmware > Update now**.
5. **Power-cycle it.** Unplug the device for 30 seconds, plug it back in, and retry.

**Device won't start after a failed update?** It enters recovery mode automatically, with a slow blue pulse on the Aurora Smart Lamp. Open the Lumen Home app nearby and follow the **Restore firmware** prompt.

If the update still fails after two attempts, contact us with the device's serial number from **Settings > About**. Devices that can't recover are replaced under warranty.`,
  },
  {
    slug: "coffee-grinder-not-turning-on",
    title: "Brewmaster Burr Grinder won't turn on",
    category: "troubleshooting",
    tags: ["coffee grinder", "brewmaster", "grinder", "won't turn on", "not working", "no power", "dead", "overheated", "kitchen", "my grinder won't turn on", "the Brewmaster grinder has no power", "the grinder stopped working"],
    body: `The Brewmaster Burr Grinder has safety features that stop it running unless everything is in place. Check the following in order:

1. **Power.** Plug the grinder directly into a wall outlet you know works, not an extension lead or timer socket.
2. **Bean hopper.** Twist the hopper until it clicks into the locked position. The grinder won't start if it's loose.
3. **Grounds bin.** Push the bin all the way in. A sensor detects it.
4. **Overheating.** After long grinding sessions the motor cuts out to protect itself. Unplug it and let it cool for **30 minutes**.
5. **Blockage.** Unplug it, remove the hopper and upper burr, and brush out any jammed beans. Oily or flavoured beans clog more often.

If the display lights up but the motor doesn't turn, or nothing happens after all these checks, the grinder may be faulty. It's covered by our warranty: contact us with your order number and a short video of the problem.`,
  },
  {
    slug: "checkout-error-promo-code",
    title: "Checkout error or promo code not working",
    category: "troubleshooting",
    tags: ["checkout error", "promo code", "discount code", "coupon", "code not working", "voucher", "can't checkout", "payment page error", "my promo code isn't working", "the discount code is invalid", "I get an error at checkout", "can I use two codes on one order"],
    body: `**Promo code not applying?** Check the terms shown with the code:

- Only **one promo code** can be used per order.
- Many codes need a **minimum spend** or apply only to certain categories.
- Codes don't apply to gift cards, Lumen Plus memberships or items marked *Final sale*.
- Check the **expiry date** and that the code is valid in your region (US, Canada or EU).
- Some codes are single-use or for first orders only.

Type the code without spaces; codes aren't case-sensitive.

**Checkout page showing an error?**

1. Refresh the page. Your basket is saved.
2. Turn off ad blockers and browser extensions for lumen.example.
3. Clear your browser cache and cookies, or try a private window.
4. Try another browser, or the app.
5. Remove and re-add any item showing "unavailable".

If the error continues, contact us with a screenshot. Please don't retry payment many times, as each attempt can create a temporary hold on your card.`,
  },
];
