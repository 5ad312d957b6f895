// Floor work made through the real API for the warehouse browser tests and the scan benchmark:
// orders for a day nobody has planned yet, a route plan solved by the planner and published, and
// so the warehouse's pick waves for that day.
import assert from 'node:assert/strict';
import { apiCall } from './harness.mjs';

export const SITE = 'WAW1';

/** An ISO date `days` after today (browser-independent: the machine's zone). */
export function isoDay(days) {
  const d = new Date(Date.now() + days * 86_400_000);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** Ambient SKUs with at least `min` units available in WAW1's storage bins, most available first. */
export async function ambientSkus(min) {
  const products = await apiCall('GET', '/api/v1/inventory/products?temperatureClass=AMBIENT&size=500', { user: 'warehouse' });
  assert.equal(products.status, 200);
  const skus = new Set(products.body.content.map((p) => p.sku));
  const stock = await apiCall('GET', '/api/v1/inventory/stock?size=500', { user: 'warehouse' });
  assert.equal(stock.status, 200);
  const available = new Map();
  for (const s of stock.body.content) {
    if (!skus.has(s.sku) || !/^WAW1-A-/.test(s.locationId)) continue;
    available.set(s.sku, (available.get(s.sku) ?? 0) + s.available);
  }
  return [...available.entries()].filter(([, n]) => n >= min).sort((a, b) => b[1] - a[1]).map(([sku]) => sku);
}

/**
 * Creates `orders` orders for `day` (lines: sku → quantity, from `lines(i)`), plans the day with
 * the planner (`seconds` of solving), publishes the plan and waits for the pick waves.
 * Returns { day, orders, routes } with the warehouse's pick routes of that day.
 */
export async function plannedDay({ day, orders, lines, seconds = 3 }) {
  const today = await apiCall('GET', `/api/v1/warehouse/orders?site=${SITE}&date=${isoDay(0)}`, { user: 'dispatcher' });
  assert.equal(today.status, 200, JSON.stringify(today.body));
  const places = today.body.map((o) => o.location);
  const created = [];
  const run = Date.now().toString(36);
  for (let i = 0; i < orders; i++) {
    const start = new Date(`${day}T07:00:00Z`);
    const r = await apiCall('POST', '/api/v1/warehouse/orders', {
      user: 'dispatcher',
      headers: { 'Idempotency-Key': `floor-${day}-${run}-${i}` },
      json: {
        site: SITE,
        customerName: `Floor test customer ${i + 1}`,
        address: `ul. Testowa ${i + 1}, Warszawa`,
        location: places[i % places.length],
        requestedDate: day,
        timeWindows: [{ start: start.toISOString(), end: new Date(start.getTime() + 10 * 3_600_000).toISOString() }],
        lines: Object.entries(lines(i)).map(([sku, quantity]) => ({ sku, quantity })),
      },
    });
    assert.ok(r.status === 201 || r.status === 200, `order ${i}: ${r.status} ${JSON.stringify(r.body)}`);
    created.push(r.body);
  }
  const job = await apiCall('POST', '/api/v1/routing/plans/jobs', { user: 'dispatcher', json: { date: day, timeLimitSeconds: seconds } });
  assert.equal(job.status, 202, JSON.stringify(job.body));
  let state = job.body;
  for (let i = 0; i < 240 && !['DONE', 'FAILED', 'STOPPED', 'COMPLETED', 'SOLVED'].includes(state.status); i++) {
    await new Promise((r) => setTimeout(r, 500));
    state = (await apiCall('GET', `/api/v1/routing/plans/jobs/${job.body.jobId}`, { user: 'dispatcher' })).body;
  }
  assert.ok(state.planId, `the plan job finished with a plan: ${JSON.stringify(state)}`);
  const published = await apiCall('POST', `/api/v1/routing/plans/${state.planId}/versions/${state.version}/publish?force=true`, { user: 'dispatcher' });
  assert.equal(published.status, 200, JSON.stringify(published.body));
  let routes = [];
  for (let i = 0; i < 120 && routes.length === 0; i++) {
    await new Promise((r) => setTimeout(r, 500));
    routes = (await apiCall('GET', `/api/v1/warehouse/sites/${SITE}/pick-routes?date=${day}`, { user: 'warehouse' })).body;
  }
  assert.ok(routes.length > 0, 'the published plan became pick waves');
  return { day, orders: created, routes };
}
