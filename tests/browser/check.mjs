// Test tooling: load exported pages in Chromium at phone and desktop widths, in light and dark
// colour schemes, and report axe-core's WCAG 2 A/AA violations, sideways page scroll and clipped
// table captions as JSON on stdout. Usage: node check.mjs OUT_DIR PAGE.html [PAGE.html ...]
// Screenshots go to OUT_DIR, named after the page, width and scheme.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { chromium } from "playwright-core";

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");
const [outDir, ...pages] = process.argv.slice(2);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
         "--disable-component-update", "--disable-sync"],
});
const results = [];
try {
  for (const page of pages) {
    for (const width of [375, 768, 1280]) {
      for (const scheme of ["light", "dark"]) {
        const context = await browser.newContext({ viewport: { width, height: 800 }, colorScheme: scheme,
                                                   reducedMotion: "reduce" });
        const tab = await context.newPage();
        await tab.goto("file://" + path.resolve(page));
        await tab.addScriptTag({ content: axeSource });
        const axe = await tab.evaluate(async () => {
          const found = await window.axe.run(document, {
            runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] } });
          return found.violations.map(v => ({ id: v.id, impact: v.impact, help: v.help,
                                              nodes: v.nodes.slice(0, 3).map(n => n.target.join(" ")) }));
        });
        const layout = await tab.evaluate(() => {
          const root = document.scrollingElement;
          const clipped = [...document.querySelectorAll("figcaption, caption")]
            .filter(el => el.scrollWidth > el.clientWidth + 1 || el.getBoundingClientRect().right > innerWidth + 1)
            .map(el => el.textContent.slice(0, 60));
          const landmarks = [...document.querySelectorAll("header, nav, main, footer, aside, section, [role]")]
            .filter(el => el.matches("body > header, body > nav, body > footer, main, [role=region]"))
            .map(el => el.getAttribute("role") || el.tagName.toLowerCase());
          return { sidewaysScroll: root.scrollWidth > root.clientWidth, clippedCaptions: clipped, landmarks };
        });
        const name = `${path.relative(path.dirname(pages[0]), page).replaceAll("/", "-").replace(/\.html$/, "")}-${width}-${scheme}.png`;
        if (outDir) await tab.screenshot({ path: path.join(outDir, name), fullPage: true });
        results.push({ page, width, scheme, violations: axe, ...layout });
        await context.close();
      }
    }
  }
} finally {
  await browser.close();
}
process.stdout.write(JSON.stringify(results, null, 1) + "\n");
