// What the view reads from a tool's answer: Aisle's structuredContent, as the tools/list output schemas give it.

export interface Money {
  amount: string;
  currency?: string;
}

export interface Product {
  id: string;
  title: string;
  brand?: string;
  price?: Money;
  availability?: string;
  seller?: string;
  url?: string;
  image?: string;
  images?: string[];
  category?: string;
  attributes?: Record<string, string | string[]>;
}

export interface JobProgress {
  total_urls: number;
  urls_done: number;
  products_found: number;
  urls_failed: number;
}

/** One answer of a bound tool, reduced to what the cards show. */
export interface Answer {
  products: Product[];
  nextCursor?: string;
  total?: number;
  note?: string;
  /** Who answered: "local" (the built-in catalog) or a remote provider, where each call may be billed. */
  provider?: string;
  job?: { id: string; status: string; progress: JobProgress; error?: string };
}

export const FINISHED = new Set(["completed", "failed", "cancelled"]);

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function text(value: unknown): string | undefined {
  return typeof value === "string" && value.trim() !== "" ? value : undefined;
}

/** A web address a card may link or load: http(s) only (never javascript: or data:). */
function web(value: unknown): string | undefined {
  const url = text(value);
  return url && /^https?:\/\//i.test(url) ? url : undefined;
}

export function readProduct(value: unknown): Product | undefined {
  if (!isRecord(value) || !text(value.id) || !text(value.title)) return undefined;
  const price = isRecord(value.price) && text(value.price.amount) ? value.price : undefined;
  const images = Array.isArray(value.images) ? value.images.filter((i): i is string => typeof i === "string") : [];
  const attributes = isRecord(value.attributes) ? (value.attributes as Record<string, string | string[]>) : undefined;
  return {
    id: value.id as string,
    title: value.title as string,
    brand: text(value.brand),
    price: price ? { amount: price.amount as string, currency: text(price.currency) } : undefined,
    availability: text(value.availability),
    seller: text(value.seller),
    url: web(value.url),
    image: web(value.image) ?? images.map(web).find(Boolean),
    images,
    category: text(value.category),
    attributes,
  };
}

/** The products of a search, inventory or extraction page, or the one product of get_product, in the given order. */
export function readAnswer(structured: unknown): Answer | undefined {
  if (!isRecord(structured)) return undefined;
  if (!Array.isArray(structured.products)) {
    const single = readProduct(structured);
    return single ? { products: [single] } : undefined;
  }
  const products = structured.products.map(readProduct).filter((p): p is Product => p !== undefined);
  const answer: Answer = {
    products,
    nextCursor: text(structured.next_cursor),
    total: typeof structured.total === "number" ? structured.total : undefined,
    note: text(structured.note),
    provider: text(structured.provider),
  };
  if (text(structured.job_id) && isRecord(structured.progress)) {
    const p = structured.progress;
    const count = (v: unknown) => (typeof v === "number" ? v : 0);
    answer.job = {
      id: structured.job_id as string,
      status: text(structured.status) ?? "unknown",
      progress: {
        total_urls: count(p.total_urls),
        urls_done: count(p.urls_done),
        products_found: count(p.products_found),
        urls_failed: count(p.urls_failed),
      },
      error: text(structured.error),
    };
  }
  return answer;
}

/** A price as the shopper's locale writes it ("$229.99"); the amount as sent when the currency is unknown. */
export function formatPrice(price: Money, locale?: string): string {
  if (!price.currency) return price.amount;
  const amount = Number(price.amount);
  if (!Number.isFinite(amount)) return `${price.amount} ${price.currency}`;
  try {
    const places = (price.amount.split(".")[1] ?? "").length;
    return new Intl.NumberFormat(locale, {
      style: "currency",
      currency: price.currency,
      minimumFractionDigits: places,
      maximumFractionDigits: places,
    }).format(amount);
  } catch {
    return `${price.amount} ${price.currency}`;
  }
}

const AVAILABILITY: Record<string, string> = {
  in_stock: "In stock",
  out_of_stock: "Out of stock",
  preorder: "Pre-order",
  backorder: "Backorder",
  limited: "Limited stock",
  discontinued: "Discontinued",
  unknown: "Availability unknown",
};

export function availabilityLabel(availability?: string): string {
  return AVAILABILITY[availability ?? "unknown"] ?? availability ?? AVAILABILITY.unknown;
}

/** Attribute names worth a row in the compare table: those most of the chosen products have, first seen first. */
export function sharedAttributes(products: Product[], most = 8): string[] {
  const counts = new Map<string, number>();
  for (const product of products) {
    for (const name of Object.keys(product.attributes ?? {})) counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  const needed = Math.min(2, products.length);
  return [...counts].filter(([, n]) => n >= needed).map(([name]) => name).slice(0, most);
}

export function attributeText(value: string | string[] | undefined): string {
  if (value === undefined) return "—";
  return Array.isArray(value) ? value.join(", ") : value;
}
