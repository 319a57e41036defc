// Renders Adaptive Cards with the `adaptivecards` npm renderer in Debian's headless Chromium, saves a PNG of each,
// and prints one JSON report on stdout: size, reading direction, and everything that overflows or is clipped.
//
//   node tests/rendering/render-card.mjs <card.json> <out.png> <width> [phone|desktop]
//   node tests/rendering/render-card.mjs --jobs <jobs.json>
//
// jobs.json is [{ "name", "card": "<card.json>", "png": "<out.png>", "width": 360, "profile": "phone" }, …]; one
// browser renders them all, which is what keeps the C# tests fast. Only file:// loads: every other request is
// blocked and listed in the report, so a card can never reach the network from a test.
// Exit codes: 0 rendered (problems are data, not failures), 2 bad arguments, 3 Chromium missing, 4 render failed.
import { existsSync, readFileSync } from "node:fs";
import { mkdir } from "node:fs/promises";
import { dirname, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const chromiumPath = process.env.STRATEGYBOT_CHROMIUM || "/usr/bin/chromium";
// The flags that let Chromium start quietly on a machine with no internet (see the machine notes in the README).
const chromiumArgs = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--font-render-hinting=none",
];

function fail(code, message) {
  process.stderr.write(message + "\n");
  process.exit(code);
}

function readJobs(argv) {
  if (argv[0] === "--jobs" && argv.length === 2) {
    return JSON.parse(readFileSync(argv[1], "utf8"));
  }

  if (argv.length === 3 || argv.length === 4) {
    const width = Number.parseInt(argv[2], 10);
    const profile = argv[3] ?? (width < 500 ? "phone" : "desktop");
    return [{ name: argv[0], card: argv[0], png: argv[1], width, profile }];
  }

  return fail(2, "usage: render-card.mjs <card.json> <out.png> <width> [phone|desktop] | --jobs <jobs.json>");
}

function checkJob(job) {
  if (!job.card || !job.png || !Number.isInteger(job.width) || job.width < 200 || job.width > 2000) {
    fail(2, `Bad job ${JSON.stringify(job)}: needs card, png and an integer width between 200 and 2000.`);
  }
}

async function loadPlaywright() {
  try {
    return await import("playwright-core");
  } catch (error) {
    return fail(3, `playwright-core is not installed (${error.message}). Run scripts/test.sh, or npm ci at the repository root.`);
  }
}

async function renderAll(jobs) {
  const { chromium } = await loadPlaywright();
  const started = Date.now();
  const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs, headless: true });
  try {
    const context = await browser.newContext({ viewport: { width: 360, height: 740 }, deviceScaleFactor: 1, locale: "en-US" });
    const blocked = [];
    await context.route("**/*", (route) => {
      const url = route.request().url();
      if (url.startsWith("file:") || url.startsWith("data:")) {
        return route.continue();
      }

      blocked.push(url);
      return route.abort("blockedbyclient");
    });

    const page = await context.newPage();
    const pageErrors = [];
    page.on("pageerror", (error) => pageErrors.push(error.message));
    page.on("console", (message) => {
      if (message.type() === "error") {
        pageErrors.push(message.text());
      }
    });
    await page.goto(pathToFileURL(resolve(here, "render.html")).href);
    await page.waitForFunction(() => typeof window.renderCard === "function" && typeof window.AdaptiveCards === "object");

    const results = [];
    for (const job of jobs) {
      checkJob(job);
      blocked.length = 0;
      pageErrors.length = 0;
      const card = JSON.parse(readFileSync(job.card, "utf8"));
      const profile = job.profile ?? (job.width < 500 ? "phone" : "desktop");
      await page.setViewportSize({ width: job.width, height: 740 });
      const report = await page.evaluate(([json, name, width]) => window.renderCard(json, name, width), [card, profile, job.width]);
      await mkdir(dirname(resolve(job.png)), { recursive: true });
      // The card, not the window: as tall as the card, and as wide as whatever sticks out sideways.
      const clip = await page.evaluate(() => ({
        x: 0,
        y: 0,
        width: document.scrollingElement.scrollWidth,
        height: Math.ceil(document.getElementById("card").getBoundingClientRect().height),
      }));
      await page.screenshot({ path: job.png, fullPage: true, clip });
      results.push({ name: job.name, png: resolve(job.png), profile, viewportWidth: job.width, ...report, blockedRequests: [...blocked], pageErrors: [...pageErrors] });
    }

    return { chromium: browser.version(), elapsedMs: Date.now() - started, results };
  } finally {
    await browser.close();
  }
}

const jobs = readJobs(process.argv.slice(2));
if (!existsSync(chromiumPath)) {
  fail(3, `Chromium is not installed at ${chromiumPath}. Run scripts/test.sh, which installs Debian's chromium package with apt.`);
}

try {
  const report = await renderAll(jobs);
  process.stdout.write(JSON.stringify(report) + "\n");
} catch (error) {
  fail(4, `Rendering failed: ${error.stack ?? error}`);
}
