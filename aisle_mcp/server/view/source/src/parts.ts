// The view's building blocks: DOM made from products, text only through textContent (never HTML).

import {
  type Answer,
  FINISHED,
  type Product,
  attributeText,
  availabilityLabel,
  formatPrice,
  sharedAttributes,
} from "./products";

export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Partial<Record<string, string>> = {},
  ...children: (Node | string | undefined)[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (value !== undefined) node.setAttribute(key, value);
  }
  for (const child of children) {
    if (child !== undefined) node.append(child);
  }
  return node;
}

function initials(product: Product): string {
  const words = (product.brand ?? product.title).split(/\s+/).filter(Boolean);
  return words
    .slice(0, 2)
    .map((w) => w[0]?.toUpperCase() ?? "")
    .join("");
}

function placeholder(product: Product): HTMLElement {
  const label = `No picture of ${product.title}`;
  return el(
    "div",
    { class: "picture placeholder", role: "img", "aria-label": label },
    el("span", { "aria-hidden": "true" }, initials(product)),
  );
}

export function picture(product: Product): HTMLElement {
  if (!product.image || !product.image.startsWith("https://")) return placeholder(product);
  const img = el("img", {
    class: "picture",
    src: product.image,
    alt: product.title,
    loading: "lazy",
    referrerpolicy: "no-referrer",
  });
  img.addEventListener("error", () => img.replaceWith(placeholder(product)), { once: true });
  return img;
}

export function priceNode(product: Product, locale?: string): HTMLElement {
  if (!product.price) return el("p", { class: "price unknown" }, "Price unknown");
  return el(
    "p",
    { class: "price", "data-amount": product.price.amount, "data-currency": product.price.currency },
    formatPrice(product.price, locale),
  );
}

export function progress(job: NonNullable<Answer["job"]>): HTMLElement {
  const { total_urls, urls_done, products_found, urls_failed } = job.progress;
  const bar = el("progress", { max: String(Math.max(total_urls, 1)), value: String(urls_done) });
  const failed = urls_failed ? `, ${urls_failed} pages failed` : "";
  const words = `${urls_done} of ${total_urls} pages read, ${products_found} products found${failed}`;
  const status = FINISHED.has(job.status) ? `Extraction ${job.status}` : "Reading product pages…";
  return el(
    "section",
    { class: "job", "aria-label": "Extraction progress" },
    el("p", { class: "job-status", "data-status": job.status }, status),
    bar,
    el("p", {}, words),
    job.error ? el("p", { class: "error" }, job.error) : undefined,
  );
}

/** A link to a product's page that the host opens (`open`), or its title alone when it has no page. */
export function productLink(product: Product, open: (url: string) => void, className?: string): Node {
  if (!product.url) return el("span", { class: className }, product.title);
  const url = product.url;
  const link = el("a", { class: className, href: url, target: "_blank", rel: "noopener noreferrer" }, product.title);
  link.addEventListener("click", (event) => {
    event.preventDefault();
    open(url);
  });
  return link;
}

/** The compared products side by side: price, availability, brand, seller, category, the attributes they share. */
export function comparisonTable(products: Product[], open: (url: string) => void, locale?: string): HTMLElement {
  const header = el("tr", {}, el("th", { scope: "col" }, "Product"));
  for (const product of products) {
    header.append(el("th", { scope: "col" }, picture(product), productLink(product, open)));
  }
  const rows: [string, (p: Product) => string][] = [
    ["Price", (p) => (p.price ? formatPrice(p.price, locale) : "Unknown")],
    ["Availability", (p) => availabilityLabel(p.availability)],
    ["Brand", (p) => p.brand ?? "—"],
    ["Seller", (p) => p.seller ?? "—"],
    ["Category", (p) => p.category ?? "—"],
    ...sharedAttributes(products).map(
      (name): [string, (p: Product) => string] => [name, (p) => attributeText(p.attributes?.[name])],
    ),
  ];
  const body = el("tbody");
  for (const [label, value] of rows) {
    const row = el("tr", {}, el("th", { scope: "row" }, label));
    for (const product of products) row.append(el("td", {}, value(product)));
    body.append(row);
  }
  return el("table", {}, el("caption", {}, "Chosen products side by side"), el("thead", {}, header), body);
}
