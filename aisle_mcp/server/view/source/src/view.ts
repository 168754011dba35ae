// Aisle's product cards: the MCP App view of search_products, list_inventory, extract_product_urls /
// get_extract_status and get_product. The host hands it the tool's arguments and answer; every further call
// ("more", pictures, an extraction's progress, the details a comparison shows) goes through the host.

import { App, applyDocumentTheme, applyHostStyleVariables } from "@modelcontextprotocol/ext-apps";
import type { McpUiHostContext } from "@modelcontextprotocol/ext-apps";
import { comparisonTable, el, picture, priceNode, productLink, progress } from "./parts";
import { type Answer, FINISHED, type Product, availabilityLabel, readAnswer, readProduct } from "./products";

const COMPARE_MOST = 4;
const POLL_WAIT_SECONDS = 3;
const POLL_FAILURES_ALLOWED = 3;
/** Tools the view may call again itself: they only read, so a second call changes nothing. */
const READS_AGAIN = new Set(["search_products", "list_inventory", "get_extract_status"]);

interface CallResult {
  isError?: boolean;
  structuredContent?: unknown;
  content?: unknown[];
}

interface State {
  tool?: string;
  args: Record<string, unknown>;
  products: Product[];
  nextCursor?: string;
  total?: number;
  job?: Answer["job"];
  provider?: string;
  chosen: string[];
  mode: "cards" | "compare";
  busy: string;
  error: string;
  locale?: string;
  details: Map<string, Product>;
  /** The host is removing the view: no more calls. */
  closing: boolean;
}

const state: State = {
  args: {},
  products: [],
  chosen: [],
  mode: "cards",
  busy: "",
  error: "",
  details: new Map(),
  closing: false,
};
const app = new App({ name: "Aisle product cards", version: "1.0.0" }, {}, { autoResize: true });
const root = document.getElementById("aisle") as HTMLElement;

function errorText(result: CallResult): string {
  const first = Array.isArray(result.content) ? (result.content[0] as { text?: unknown } | undefined) : undefined;
  return typeof first?.text === "string" ? first.text : "The tool answered with an error.";
}

async function call(name: string, args: Record<string, unknown>): Promise<Answer> {
  const result = (await app.callServerTool({ name, arguments: args })) as CallResult;
  if (result.isError) throw new Error(errorText(result));
  const answer = readAnswer(result.structuredContent);
  if (!answer) throw new Error(`${name} gave no products.`);
  return answer;
}

function withImageField(fields: unknown, ...more: string[]): string[] {
  const given = Array.isArray(fields) ? fields.filter((f): f is string => typeof f === "string") : [];
  return [...new Set([...given, "image", ...more])];
}

/** The tool that continues this view's list, and its arguments for the page at `cursor`. */
function continuation(cursor?: string): [string, Record<string, unknown>] | undefined {
  if (state.job) {
    const args: Record<string, unknown> = { job_id: state.job.id, fields: withImageField(state.args.fields) };
    if (cursor) args.cursor = cursor;
    return ["get_extract_status", args];
  }
  if (!state.tool || !READS_AGAIN.has(state.tool)) return undefined;
  const args: Record<string, unknown> = { ...state.args, fields: withImageField(state.args.fields) };
  if (cursor) args.cursor = cursor;
  else if (!("cursor" in state.args)) delete args.cursor;
  return [state.tool, args];
}

function adopt(answer: Answer, append: boolean): void {
  if (append) {
    const seen = new Set(state.products.map((p) => p.id));
    state.products.push(...answer.products.filter((p) => !seen.has(p.id)));
  } else {
    state.products = answer.products;
  }
  state.nextCursor = answer.nextCursor;
  state.total = answer.total ?? state.total;
  state.provider = answer.provider ?? state.provider;
  if (answer.job) state.job = answer.job;
}

/** Pictures for a page given without them: the same read-only call once more, with `image` among its fields.
 * Only from the built-in catalog: a remote provider may bill each call, so its cards keep their placeholders
 * (the pages "more" brings have pictures). */
async function addPictures(): Promise<void> {
  if (state.products.every((p) => p.image) || state.job || state.provider !== "local") return;
  const again = continuation(typeof state.args.cursor === "string" ? state.args.cursor : undefined);
  if (!again) return;
  try {
    const answer = await call(...again);
    const pictures = new Map(answer.products.map((p) => [p.id, p.image]));
    for (const product of state.products) product.image ??= pictures.get(product.id);
    render();
  } catch {
    // The cards read the same without pictures; each shows its placeholder.
  }
}

async function more(): Promise<void> {
  const next = continuation(state.nextCursor);
  if (!next || !state.nextCursor) return;
  const shown = state.products.length;
  state.busy = "Loading more products…";
  state.error = "";
  render();
  try {
    adopt(await call(...next), true);
  } catch (error) {
    state.error = (error as Error).message;
  }
  state.busy = "";
  render();
  // Keyboard users continue from the first new card.
  root.querySelectorAll<HTMLElement>(".card a.title")[shown]?.focus();
}

async function followJob(): Promise<void> {
  let failures = 0;
  while (state.job && !FINISHED.has(state.job.status) && !state.closing) {
    try {
      const answer = await call("get_extract_status", {
        job_id: state.job.id,
        wait_seconds: POLL_WAIT_SECONDS,
        fields: withImageField(state.args.fields),
      });
      adopt(answer, false);
      failures = 0;
    } catch (error) {
      failures += 1;
      if (failures >= POLL_FAILURES_ALLOWED) {
        state.error = `Progress stopped: ${(error as Error).message}`;
        break;
      }
    }
    render();
  }
  render();
}

async function compare(): Promise<void> {
  state.mode = "compare";
  state.busy = "Fetching details…";
  render();
  await Promise.all(
    state.chosen
      .filter((id) => !state.details.has(id))
      .map(async (id) => {
        try {
          const result = (await app.callServerTool({ name: "get_product", arguments: { id } })) as CallResult;
          const product = result.isError ? undefined : readProduct(result.structuredContent);
          if (product) state.details.set(id, product);
        } catch {
          // The summary the cards have is compared instead.
        }
      }),
  );
  state.busy = "";
  render();
  root.querySelector<HTMLElement>("#compare-heading")?.focus();
}

function openProduct(url: string): void {
  app.openLink({ url }).catch(() => {
    state.error = "The host did not open the link.";
    render();
  });
}

function card(product: Product, index: number): HTMLElement {
  const titleId = `title-${index}`;
  const chosen = state.chosen.includes(product.id);
  const box = el("input", { type: "checkbox", "aria-describedby": titleId });
  box.checked = chosen;
  box.disabled = !chosen && state.chosen.length >= COMPARE_MOST;
  box.addEventListener("change", () => {
    state.chosen = box.checked ? [...state.chosen, product.id] : state.chosen.filter((id) => id !== product.id);
    render();
    root.querySelectorAll<HTMLInputElement>(".card input")[index]?.focus();
  });
  const availability = product.availability ?? "unknown";
  return el(
    "article",
    { class: chosen ? "card chosen" : "card", "data-id": product.id, "aria-labelledby": titleId, role: "listitem" },
    picture(product),
    el("h3", { id: titleId }, productLink(product, openProduct, "title")),
    product.brand ? el("p", { class: "brand" }, product.brand) : undefined,
    priceNode(product, state.locale),
    el("p", { class: `availability ${availability}` }, availabilityLabel(availability)),
    product.seller ? el("p", { class: "seller" }, `Sold by ${product.seller}`) : undefined,
    el("label", { class: "choose" }, box, " Compare"),
  );
}

function toolbar(): HTMLElement {
  const count = state.chosen.length;
  const compareButton = el("button", { type: "button", id: "compare" }, `Compare (${count})`);
  compareButton.disabled = count < 2;
  compareButton.title = count < 2 ? "Choose 2 to 4 products to compare" : "";
  compareButton.addEventListener("click", () => void compare());
  const shown = state.total !== undefined ? `${state.products.length} of ${state.total}` : `${state.products.length}`;
  return el("div", { class: "toolbar" }, el("p", { class: "count" }, `Showing ${shown} products`), compareButton);
}

function comparison(): HTMLElement {
  const products = state.chosen
    .map((id) => state.details.get(id) ?? state.products.find((p) => p.id === id))
    .filter((p): p is Product => p !== undefined);
  const back = el("button", { type: "button", id: "back" }, "Back to cards");
  back.addEventListener("click", () => {
    state.mode = "cards";
    render();
    root.querySelector<HTMLElement>("#compare")?.focus();
  });
  const heading = el("h2", { id: "compare-heading", tabindex: "-1" }, `Comparing ${products.length} products`);
  return el(
    "section",
    { class: "compare", "aria-labelledby": "compare-heading", "aria-busy": String(state.busy !== "") },
    el("div", { class: "toolbar" }, heading, back),
    el("div", { class: "table-scroll" }, comparisonTable(products, openProduct, state.locale)),
  );
}

function render(): void {
  const parts: (Node | undefined)[] = [];
  if (state.job) parts.push(progress(state.job));
  if (state.mode === "compare") {
    parts.push(comparison());
  } else {
    parts.push(toolbar());
    if (state.products.length) {
      parts.push(el("div", { class: "grid", role: "list" }, ...state.products.map(card)));
    } else if (!state.busy && !(state.job && !FINISHED.has(state.job.status))) {
      parts.push(el("p", { class: "empty" }, "No products to show."));
    }
    if (state.nextCursor && continuation(state.nextCursor)) {
      const button = el("button", { type: "button", id: "more" }, "More products");
      button.disabled = state.busy !== "";
      button.addEventListener("click", () => void more());
      parts.push(el("div", { class: "more" }, button));
    }
  }
  parts.push(el("p", { class: "status", role: "status", "aria-live": "polite" }, state.busy));
  if (state.error) parts.push(el("p", { class: "error", role: "alert" }, state.error));
  root.replaceChildren(...parts.filter((p): p is Node => p !== undefined));
}

function applyContext(context: McpUiHostContext | undefined): void {
  if (!context) return;
  if (context.theme) applyDocumentTheme(context.theme);
  if (context.styles?.variables) applyHostStyleVariables(context.styles.variables);
  if (context.locale) state.locale = context.locale;
  const size = context.containerDimensions as Record<string, number | undefined> | undefined;
  if (size) {
    const px = (v: number | undefined) => (v === undefined ? "" : `${v}px`);
    root.style.height = px(size.height);
    root.style.maxHeight = px(size.maxHeight);
    root.style.width = px(size.width);
    root.style.maxWidth = px(size.maxWidth);
    root.classList.toggle("fixed-height", size.height !== undefined || size.maxHeight !== undefined);
  }
  const tool = context.toolInfo?.tool?.name;
  if (tool) state.tool = tool;
}

/** Which tool gave an answer, for hosts that do not say: its shape tells (only a search's has filters_applied). */
function toolOf(answer: Answer, structured: Record<string, unknown>): string {
  if (answer.job) return "extract_product_urls";
  if ("filters_applied" in structured) return "search_products";
  return Array.isArray(structured.products) ? "list_inventory" : "get_product";
}

app.ontoolinput = (params) => {
  state.args = { ...(params.arguments ?? {}) };
};

app.ontoolresult = (result) => {
  const answer = result.isError ? undefined : readAnswer(result.structuredContent);
  if (!answer) {
    state.error = result.isError ? errorText(result as CallResult) : "This answer has no products to show.";
    render();
    return;
  }
  state.tool ??= toolOf(answer, (result.structuredContent ?? {}) as Record<string, unknown>);
  adopt(answer, false);
  state.error = "";
  render();
  if (state.job && !FINISHED.has(state.job.status)) void followJob();
  else void addPictures();
};

app.onhostcontextchanged = (context) => {
  applyContext({ ...app.getHostContext(), ...context });
  render();
};

app.ontoolcancelled = () => {
  state.error = "The call was cancelled before it answered.";
  render();
};

app.onteardown = async () => {
  state.closing = true; // stops following an extraction
  return {};
};

render();
app.connect().then(() => {
  applyContext(app.getHostContext());
  render();
});
