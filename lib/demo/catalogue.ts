/**
 * Product catalogue for the "Lumen & Co." demo workspace.
 * Prices are in US cents; Canada and EU storefronts show local equivalents.
 */

export interface DemoProduct {
  sku: string;
  name: string;
  category: string;
  priceCents: number;
}

export const demoProducts: DemoProduct[] = [
  // Home goods
  { sku: "LC-HOM-1001", name: "Aurora Smart Lamp", category: "home", priceCents: 7999 },
  { sku: "LC-HOM-1002", name: "Aurora Smart Bulb 2-Pack", category: "home", priceCents: 3499 },
  { sku: "LC-HOM-1003", name: "Driftwood Linen Throw Blanket", category: "home", priceCents: 6900 },
  { sku: "LC-HOM-1004", name: "Hearthstone Soy Candle Trio", category: "home", priceCents: 3200 },
  { sku: "LC-HOM-1005", name: "Nordlys Wool Area Rug 5x7", category: "home", priceCents: 24900 },
  { sku: "LC-HOM-1006", name: "Calder Oak Floating Shelf", category: "home", priceCents: 5450 },
  { sku: "LC-HOM-1007", name: "Stillwater Ceramic Vase", category: "home", priceCents: 2800 },
  { sku: "LC-HOM-1008", name: "Meadow Percale Sheet Set (Queen)", category: "home", priceCents: 11900 },

  // Small electronics
  { sku: "LC-ELE-2001", name: "Pulse Mini Bluetooth Speaker", category: "electronics", priceCents: 4999 },
  { sku: "LC-ELE-2002", name: "Beacon Smart Plug", category: "electronics", priceCents: 1999 },
  { sku: "LC-ELE-2003", name: "Lumen Home Hub", category: "electronics", priceCents: 8999 },
  { sku: "LC-ELE-2004", name: "Tidewater Wireless Charging Pad", category: "electronics", priceCents: 2999 },
  { sku: "LC-ELE-2005", name: "Quiet Hours Sunrise Alarm Clock", category: "electronics", priceCents: 6499 },
  { sku: "LC-ELE-2006", name: "Breeze Tower Air Purifier", category: "electronics", priceCents: 17900 },
  { sku: "LC-ELE-2007", name: "Halo Sonic Toothbrush", category: "personal-care", priceCents: 5999 },

  // Kitchen
  { sku: "LC-KIT-3001", name: "Brewmaster Burr Grinder", category: "kitchen", priceCents: 12900 },
  { sku: "LC-KIT-3002", name: "Brewmaster Pour-Over Kettle", category: "kitchen", priceCents: 7499 },
  { sku: "LC-KIT-3003", name: "Copperline 10-Piece Cookware Set", category: "kitchen", priceCents: 34900 },
  { sku: "LC-KIT-3004", name: "Ember Cast-Iron Skillet 12\"", category: "kitchen", priceCents: 4500 },
  { sku: "LC-KIT-3005", name: "Sprout Glass Meal-Prep Containers (Set of 8)", category: "kitchen", priceCents: 3900 },
  { sku: "LC-KIT-3006", name: "Whirl Pro High-Speed Blender", category: "kitchen", priceCents: 15900 },
  { sku: "LC-KIT-3007", name: "Harvest Walnut Cutting Board", category: "kitchen", priceCents: 5900 },
  { sku: "LC-KIT-3008", name: "Morning Ritual Single-Origin Coffee Beans 1 lb", category: "kitchen", priceCents: 1800 },

  // Outdoor
  { sku: "LC-OUT-4001", name: "Trailhead 2-Person Tent", category: "outdoor", priceCents: 18900 },
  { sku: "LC-OUT-4002", name: "Trailhead Down Sleeping Bag", category: "outdoor", priceCents: 14900 },
  { sku: "LC-OUT-4003", name: "Glowpath Solar String Lights", category: "outdoor", priceCents: 2999 },
  { sku: "LC-OUT-4004", name: "Summit Insulated Water Bottle 32 oz", category: "outdoor", priceCents: 3400 },
  { sku: "LC-OUT-4005", name: "Campfire Folding Lounge Chair", category: "outdoor", priceCents: 7900 },
  { sku: "LC-OUT-4006", name: "Ridgeline Rechargeable Lantern", category: "outdoor", priceCents: 4499 },

  // Gift cards
  { sku: "LC-GFT-9050", name: "Lumen & Co. Gift Card $50", category: "gift-cards", priceCents: 5000 },
];
