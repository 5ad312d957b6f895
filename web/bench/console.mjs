// Dispatcher console benchmark (a program, not a test): against a running app with the demo day
// (ZAPLECZE_URL, default http://127.0.0.1:8080) in Debian's headless chromium on SwiftShader (software
// WebGL), it prints
//   1. login → first map with routes drawn (Plan mode), and the console's JS transferred (gzip),
//   2. a planning job's end → its routes drawn (performance marks set by Plan mode),
//   3. frame times while panning a generated large day (2,000 stops, 100 routes: client-side GeoJSON
//      fed to Plan mode's own layers, /plan/bench-large-day), medians over --runs.
// Usage: node bench/console.mjs [--runs 3] [--limit 5] [--no-plan]   (run from web/)
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';

const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : fallback;
};
const BASE = (process.env.ZAPLECZE_URL ?? 'http://127.0.0.1:8080').replace(/\/$/, '');
const RUNS = Number(opt('runs', '3'));
const LIMIT = Number(opt('limit', '5'));
const PLAN = !args.includes('--no-plan');
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];
const ms = (x) => `${Math.round(x)} ms`;

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--enable-unsafe-swiftshader', '--disable-background-networking', '--no-first-run'],
});

async function freshPage() {
  const context = await browser.newContext({ baseURL: BASE, viewport: { width: 1440, height: 900 }, locale: 'en-GB' });
  const page = await context.newPage();
  const scripts = new Map();
  page.on('response', async (r) => {
    if (r.request().resourceType() !== 'script') return;
    try {
      const body = await r.body();
      const sizes = await r.request().sizes();
      scripts.set(r.url(), { raw: body.length, gzip: gzipSync(body, { level: 9 }).length, wire: sizes.responseBodySize + sizes.responseHeadersSize });
    } catch {
      /* redirected or aborted */
    }
  });
  return { context, page, scripts };
}

async function login(page) {
  await page.goto('/plan');
  await page.waitForSelector('#login-username');
  await page.fill('#login-username', 'dispatcher');
  await page.fill('#login-password', 'dispatcher');
}

const firstMap = [];
let js = null;
for (let run = 0; run < RUNS; run++) {
  const { context, page, scripts } = await freshPage();
  await login(page);
  const t0 = Date.now();
  await page.click('button[type=submit]');
  await page.waitForFunction(() => document.querySelector('[data-testid=map]')?.hasAttribute('data-drawn-version'), null, { timeout: 60_000 });
  firstMap.push(Date.now() - t0);
  if (run === 0) {
    const all = [...scripts.values()];
    js = { files: all.length, raw: all.reduce((s, x) => s + x.raw, 0), gzip: all.reduce((s, x) => s + x.gzip, 0), wire: all.reduce((s, x) => s + x.wire, 0) };
  }
  await context.close();
}
console.log(`Dispatcher console benchmark against ${BASE}, chromium ${browser.version()} (SwiftShader), ${RUNS} runs`);
console.log(`login → first map with routes drawn (Plan mode): median ${ms(median(firstMap))} (${firstMap.map(ms).join(', ')}); target ≤ 2 s`);
console.log(`console JS for login + Plan mode: ${js.files} files, ${(js.raw / 1024).toFixed(0)} kB raw, ${(js.gzip / 1024).toFixed(0)} kB gzip (level 9), ${(js.wire / 1024).toFixed(0)} kB on the wire as served`);

if (PLAN) {
  const { context, page } = await freshPage();
  await login(page);
  await page.click('button[type=submit]');
  await page.waitForFunction(() => document.querySelector('[data-testid=map]')?.hasAttribute('data-drawn-version'), null, { timeout: 60_000 });
  const drawn = [];
  for (let run = 0; run < RUNS; run++) {
    await page.fill('#dc-limit', String(LIMIT));
    const before = await page.getAttribute('[data-testid=map]', 'data-drawn-version');
    await page.getByRole('button', { name: /^(Plan|Re-plan)$/ }).click();
    await page.waitForFunction((v) => {
      const now = document.querySelector('[data-testid=map]')?.getAttribute('data-drawn-version');
      return now && now !== v;
    }, before, { timeout: 120_000 });
    const version = await page.getAttribute('[data-testid=map]', 'data-drawn-version');
    const gap = await page.evaluate((v) => {
      const solved = performance.getEntriesByName(`dc-job-solved-v${v}`)[0];
      const shown = performance.getEntriesByName(`dc-routes-drawn-v${v}`)[0];
      return solved && shown ? shown.startTime - solved.startTime : null;
    }, version);
    drawn.push(gap);
  }
  console.log(`planning job ended (status event) → its routes drawn: median ${ms(median(drawn))} (${drawn.map(ms).join(', ')}); jobs of ${LIMIT} s`);
  await context.close();
}

{
  const { context, page } = await freshPage();
  await login(page);
  await page.click('button[type=submit]');
  await page.waitForSelector('[data-testid=who]');
  await page.goto('/plan/bench-large-day');
  await page.waitForSelector('[data-bench-ready=true]', { timeout: 120_000 });
  const box = await page.locator('.maplibregl-canvas').boundingBox();
  const results = [];
  for (let run = 0; run < RUNS; run++) {
    await page.evaluate(() => {
      window.__frames = [];
      let last = performance.now();
      const tick = (now) => {
        window.__frames.push(now - last);
        last = now;
        if (window.__framesOn) requestAnimationFrame(tick);
      };
      window.__framesOn = true;
      requestAnimationFrame(tick);
    });
    // Drag across the map and back, 60 mouse steps each way, as a dispatcher pans.
    const cx = box.x + box.width / 2;
    const cy = box.y + box.height / 2;
    await page.mouse.move(cx, cy);
    await page.mouse.down();
    await page.mouse.move(cx - box.width / 3, cy - box.height / 4, { steps: 60 });
    await page.mouse.move(cx + box.width / 3, cy + box.height / 4, { steps: 120 });
    await page.mouse.move(cx, cy, { steps: 60 });
    await page.mouse.up();
    const frames = await page.evaluate(() => {
      window.__framesOn = false;
      return window.__frames.slice(1);
    });
    const sorted = [...frames].sort((a, b) => a - b);
    results.push({ n: frames.length, median: median(frames), p95: sorted[Math.floor(sorted.length * 0.95)], max: sorted[sorted.length - 1], over50: frames.filter((f) => f > 50).length });
  }
  const stops = await page.locator('h1').innerText();
  console.log(`panning the large day (${stops.replace(/^.*: /, '')}, 100 routes), frame times per run:`);
  for (const r of results) console.log(`  ${r.n} frames: median ${r.median.toFixed(1)} ms, p95 ${r.p95.toFixed(1)} ms, max ${r.max.toFixed(1)} ms, frames over 50 ms: ${r.over50}`);
  console.log(`  median of the runs' max frame: ${median(results.map((r) => r.max)).toFixed(1)} ms; target: no frame above 50 ms`);
  await context.close();
}
await browser.close();
