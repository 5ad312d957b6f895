// A benchmark program, not a test: in headless chromium against a running app with the demo day
// (ZAPLECZE_URL), prints the customer page's time to content and the JavaScript it transfers
// (as sent over the wire: gzip when the server compresses), and the console's JavaScript after login.
//
//   cd web && ZAPLECZE_URL=http://127.0.0.1:8080 node bench/page-bench.mjs [--runs 7]
//
// Time to content: navigation start → the status line of a tracking code rendered, in a fresh
// browser context each run (empty cache). Needs a dispatcher login to find tracking codes.
import { chromium } from 'playwright-core';

const BASE = (process.env.ZAPLECZE_URL ?? 'http://127.0.0.1:8080').replace(/\/$/, '');
const runs = Number(process.argv[process.argv.indexOf('--runs') + 1] || 7) || 7;
const ARGS = ['--no-sandbox', '--enable-unsafe-swiftshader', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--no-first-run'];
const auth = 'Basic ' + Buffer.from('dispatcher:dispatcher').toString('base64');
const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Warsaw' }).format(new Date());

const shipments = await (await fetch(`${BASE}/api/v1/tracking/shipments?date=${today}`, { headers: { Authorization: auth } })).json();
if (!Array.isArray(shipments) || shipments.length === 0) throw new Error(`no shipments for ${today}: is the demo day running?`);
const pick = (pred) => shipments.find(pred)?.trackingCode;
const codes = {
  delivered: pick((s) => s.status === 'DELIVERED'),
  'on the way': pick((s) => s.status === 'OUT_FOR_DELIVERY' || s.status === 'ARRIVING'),
  planned: pick((s) => !['DELIVERED', 'FAILED', 'OUT_FOR_DELIVERY', 'ARRIVING'].includes(s.status)),
};

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: ARGS });

/** Loads a page in a fresh context; returns ms to `ready` and the JS bytes transferred. */
async function measure(url, ready, { login = false, wait = null } = {}) {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 }, isMobile: true });
  const page = await context.newPage();
  const scripts = [];
  page.on('requestfinished', async (request) => {
    if (request.resourceType() === 'script') {
      const sizes = await request.sizes();
      scripts.push({ url: request.url(), bytes: sizes.responseBodySize + sizes.responseHeadersSize });
    }
  });
  if (login) {
    await page.goto(`${BASE}/login`);
    await page.fill('#login-username', 'dispatcher');
    await page.fill('#login-password', 'dispatcher');
    await page.click('button[type=submit]');
    await page.waitForSelector('[data-testid=who]');
  }
  const started = Date.now();
  await page.goto(url);
  await page.waitForSelector(ready, { timeout: 30_000 });
  const millis = Date.now() - started;
  if (wait) await page.waitForSelector(wait, { timeout: 60_000 });
  await page.waitForLoadState('networkidle');
  await context.close();
  return { millis, js: scripts.reduce((a, s) => a + s.bytes, 0), scripts };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
console.log(`Page benchmark against ${BASE}, ${runs} runs each, chromium headless, fresh context per run`);
for (const [name, code] of Object.entries(codes)) {
  if (!code) continue;
  const results = [];
  for (let i = 0; i < runs; i++) results.push(await measure(`${BASE}/t/${code}`, '[data-testid=status]'));
  const js = median(results.map((r) => r.js));
  const mapLoaded = results[0].scripts.some((s) => s.url.includes('maplibre'));
  console.log(`customer page (${name}): time to content median ${median(results.map((r) => r.millis))} ms `
    + `(min ${Math.min(...results.map((r) => r.millis))}, max ${Math.max(...results.map((r) => r.millis))}), `
    + `JS transferred ${(js / 1024).toFixed(1)} kB${mapLoaded ? ' (map shown: map library included)' : ''}`);
}
const consoleRun = await measure(`${BASE}/plan`, '[data-testid=map]', { login: true, wait: '[data-map-ready=true]' });
console.log(`console (/plan with its map, after login): JS transferred ${(consoleRun.js / 1024).toFixed(1)} kB `
  + `in ${consoleRun.scripts.length} files`);
await browser.close();
