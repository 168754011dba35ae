// Builds the view into ONE self-contained HTML file, ../products.html, which ships inside the Python package;
// and the test host's script (tests/apps/host.js) that the browser test loads. The same lockfile gives the same
// bytes: CI runs `npm ci && npm run build` and fails when a committed file differs.
import { build } from "esbuild";
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
// zod (under ext-apps' protocol classes) re-exports every language's error messages (a quarter of a megabyte);
// nothing here shows zod's messages in another language, so its locales resolve to English alone.
const englishOnly = {
  name: "zod-english-only",
  setup(build) {
    build.onResolve({ filter: /\/locales\/index\.js$/ }, (args) => {
      if (!args.importer.includes("/node_modules/zod/")) return undefined;
      return { path: join(dirname(args.importer), "../locales/en.js"), namespace: "english" };
    });
    build.onLoad({ filter: /.*/, namespace: "english" }, (args) => ({
      contents: `export { default as en } from ${JSON.stringify(args.path)};`,
      resolveDir: dirname(args.path),
    }));
  },
};
const common = {
  plugins: [englishOnly],
  bundle: true,
  write: false,
  minify: true,
  format: "iife",
  target: "es2020",
  legalComments: "eof",
  charset: "utf8",
};

async function bundle(entry) {
  const result = await build({ ...common, entryPoints: [join(here, entry)] });
  return result.outputFiles[0].text;
}

const script = (await bundle("src/view.ts")).replaceAll("</script", "<\\/script");
const style = readFileSync(join(here, "src/view.css"), "utf8").trim();
const page = readFileSync(join(here, "src/view.html"), "utf8")
  .replace("/*STYLE*/", () => style)
  .replace("/*SCRIPT*/", () => script);
writeFileSync(join(here, "../products.html"), page);

const host = await bundle("host/host.ts");
writeFileSync(join(here, "../../../../tests/apps/host.js"), host);
console.log(`products.html: ${Buffer.byteLength(page)} bytes; tests/apps/host.js: ${Buffer.byteLength(host)} bytes`);
