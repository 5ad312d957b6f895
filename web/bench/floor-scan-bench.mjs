// Scan-to-confirmation benchmark of the warehouse floor (a program, not a test): 20 pickers confirm
// pick lines concurrently over HTTP against a running app with the demo day, as the handheld does
// (read the bin scan, read the product scan, confirm bin + product + lot + quantity in one call).
//
//   ZAPLECZE_URL=http://127.0.0.1:8080 node bench/floor-scan-bench.mjs [pickers=20] [orders=120] [days=2]
//
// It makes its own work first: `orders` orders for today + `days` (the demo day's stock), planned
// and published through the real planner, so the pick waves exist; then every picker takes the next
// open line of the day's lines and confirms it. Prints median, p90, p99 and max of the confirmation
// round trip and of the scan reads, a baseline (the cheapest authenticated GET at the same
// concurrency, run just before) and the confirmations per second.
import { performance } from 'node:perf_hooks';
import { apiCall, basic, BASE_URL } from '../e2e/harness.mjs';
import { ambientSkus, isoDay, plannedDay, SITE } from '../e2e/floor-fixture.mjs';

const arg = (i, d) => Number(process.argv[2 + i] ?? d);
const PICKERS = arg(0, 20);
const ORDERS = arg(1, 120);
const DAY = isoDay(arg(2, 2));

function quantile(sorted, q) {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
}
const fmt = (ms) => `${ms.toFixed(1)} ms`;
function summary(name, samples) {
  const s = [...samples].sort((a, b) => a - b);
  console.log(`${name.padEnd(34)} n=${String(s.length).padStart(5)}  median ${fmt(quantile(s, 0.5))}  p90 ${fmt(quantile(s, 0.9))}  p99 ${fmt(quantile(s, 0.99))}  max ${fmt(s[s.length - 1])}`);
}

const skus = (await ambientSkus(40)).slice(0, 12);
if (skus.length < 3) throw new Error('the demo stock has too few ambient SKUs with 40 units available');
console.log(`setup: ${ORDERS} orders for ${DAY} over ${skus.length} ambient SKUs, planning and publishing…`);
const t0 = performance.now();
const { routes } = await plannedDay({
  day: DAY,
  orders: ORDERS,
  seconds: 5,
  lines: (i) => ({ [skus[i % skus.length]]: 1, [skus[(i * 7 + 3) % skus.length]]: 1 }),
});
const lines = [];
for (const r of routes) {
  for (const w of r.waves) {
    const list = await apiCall('GET', `/api/v1/warehouse/waves/${w.id}/pick-list`, { user: 'warehouse' });
    lines.push(...list.body.lines.filter((l) => l.status === 'OPEN'));
  }
}
console.log(`setup done in ${((performance.now() - t0) / 1000).toFixed(1)} s: ${routes.length} routes, ${lines.length} open pick lines`);

const auth = basic('warehouse');
async function timed(method, path, body) {
  const start = performance.now();
  const response = await fetch(BASE_URL + path, {
    method,
    headers: { Authorization: auth, Accept: 'application/json', ...(body ? { 'Content-Type': 'application/json', 'Idempotency-Key': crypto.randomUUID() } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  });
  await response.arrayBuffer();
  return { ms: performance.now() - start, status: response.status };
}

// Pickers take their waves first (as on the handheld); the timed part is the floor work itself.
for (const r of routes) for (const w of r.waves) await apiCall('POST', `/api/v1/warehouse/waves/${w.id}/claim`, { user: 'warehouse' });

// Baseline under the same concurrency: the cheapest authenticated call (HTTP Basic + one query).
const baseline = [];
{
  let left = lines.length;
  await Promise.all(Array.from({ length: PICKERS }, async () => {
    while (left-- > 0) baseline.push((await timed('GET', `/api/v1/warehouse/sites/${SITE}`)).ms);
  }));
}

const confirmations = [];
const reads = [];
const failures = new Map();
let next = 0;
async function picker() {
  while (next < lines.length) {
    const line = lines[next++];
    const bin = await timed('GET', `/api/v1/warehouse/sites/${SITE}/scans?code=${encodeURIComponent(line.bin)}`);
    const product = await timed('GET', `/api/v1/warehouse/sites/${SITE}/scans?code=${encodeURIComponent(line.sku)}`);
    reads.push(bin.ms, product.ms);
    const r = await timed('POST', `/api/v1/warehouse/pick-tasks/${line.taskId}/scan-confirm`, {
      binScan: line.bin, productScan: line.sku, lotScan: line.lotNumber, quantity: line.quantity,
    });
    if (r.status === 200) confirmations.push(r.ms);
    else failures.set(r.status, (failures.get(r.status) ?? 0) + 1);
  }
}
const start = performance.now();
await Promise.all(Array.from({ length: PICKERS }, picker));
const seconds = (performance.now() - start) / 1000;

console.log(`\n${PICKERS} concurrent pickers, ${lines.length} lines in ${seconds.toFixed(1)} s: ${(confirmations.length / seconds).toFixed(1)} confirmations/s`);
summary('scan-confirm round trip (200)', confirmations);
summary('scan read (GET /scans)', reads);
summary('baseline (GET /sites/{site})', baseline);
const med = (a) => quantile([...a].sort((x, y) => x - y), 0.5);
console.log(`ratio of medians: confirm / baseline = ${(med(confirmations) / med(baseline)).toFixed(2)}, scan read / baseline = ${(med(reads) / med(baseline)).toFixed(2)}`);
if (failures.size) console.log('non-200 confirmations:', Object.fromEntries(failures));
const load = (await import('node:os')).loadavg();
console.log(`load average during the run: ${load.map((x) => x.toFixed(1)).join(' / ')} (1/5/15 min), ${(await import('node:os')).cpus().length} cores`);
