// Dispatcher, Plan mode (#13), against the real app and the demo day: plan with live progress, routes
// on the map and unassigned reasons, pin and re-plan, compare, publish; a role that may not plan.
// Runs after the Live-mode file: publishing a fresh plan of the day here would reset live progress.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { apiCall, expectAccessible, login, screenshot, useBrowser, waitForMap } from './harness.mjs';

const browser = useBrowser();
const today = () => new Date().toISOString().slice(0, 10);
const order = `E2E-EARLY-${Date.now().toString(36).toUpperCase()}`;

/** An order whose window closes before any van's shift starts: the planner must leave it out and say why. */
async function orderNoVanCanReach() {
  const date = today();
  const deliveries = await apiCall('GET', `/api/v1/routing/deliveries?date=${date}`, { user: 'dispatcher' });
  const location = deliveries.body[0].location;
  const products = await apiCall('GET', '/api/v1/inventory/products', { user: 'dispatcher' });
  const sku = products.body.content.find((p) => p.temperatureClass === 'AMBIENT').sku;
  const created = await apiCall('POST', '/api/v1/warehouse/orders', {
    user: 'dispatcher',
    json: {
      site: 'WAW1', orderNumber: order, customerName: 'Early Bird', address: 'Testowa 1', location, requestedDate: date,
      timeWindows: [{ start: `${date}T03:00:00Z`, end: `${date}T03:10:00Z` }], priority: 3, lines: [{ sku, quantity: 1 }],
    },
  });
  assert.equal(created.status, 201, JSON.stringify(created.body));
  for (let i = 0; i < 60; i++) {
    const now = await apiCall('GET', `/api/v1/routing/deliveries?date=${date}`, { user: 'dispatcher' });
    if (now.body.some((d) => d.orderNumber === order)) return;
    await new Promise((r) => setTimeout(r, 500));
  }
  assert.fail(`${order} never reached routing`);
}

/** Clicks Plan / Re-plan with a short limit and waits for the new version. */
async function planAndWait(page) {
  const versions = await apiCall('GET', `/api/v1/routing/plans?date=${today()}`, { user: 'dispatcher' });
  const next = Math.max(0, ...versions.body.map((v) => v.version)) + 1;
  await page.fill('#dc-limit', '5');
  await page.getByRole('button', { name: /^(Plan|Re-plan)$/ }).click();
  const progress = page.getByTestId('progress');
  await progress.waitFor();
  assert.match(await progress.innerText(), /of 5 s/);
  await page.getByRole('status').filter({ hasText: `Version ${next} is ready` }).waitFor({ timeout: 60_000 });
  await page.waitForFunction((n) => document.querySelector('#dc-version')?.value === String(n), next);
  return next;
}

describe('dispatcher plan mode', () => {
  it('plans the demo day with live progress: routes on the map, figures, unassigned reasons, the score explained', async () => {
    await orderNoVanCanReach();
    const page = await browser.page({ viewport: { width: 1440, height: 1000 } });
    await login(page, 'dispatcher', undefined, { path: '/plan' });
    await waitForMap(page);
    await page.getByRole('tab', { name: /Deliveries/ }).click();
    await page.getByRole('cell', { name: order }).waitFor();
    const version = await planAndWait(page);
    await page.waitForFunction(() => Number(document.querySelector('[data-testid=map]')?.getAttribute('data-routes')) > 0);
    assert.ok((await page.locator('.dc-stop-marker').count()) > 50, 'numbered stops on the map');
    await page.getByRole('tab', { name: 'Routes' }).click();
    const day = await page.getByTestId('day-totals').innerText();
    assert.match(day, /Day\s+9\d\s+\d+\.\d/);
    await page.getByRole('tab', { name: /Unassigned \(1\)/ }).click();
    const unassigned = await page.getByTestId('unassigned').innerText();
    assert.match(unassigned, new RegExp(`${order}\\s+3\\s+\\S+`), unassigned);
    const reason = (await page.getByTestId('unassigned').locator('td').nth(2).innerText()).trim();
    assert.ok(reason.length > 10, `a readable reason: ${reason}`);
    await page.getByRole('tab', { name: 'Score' }).click();
    const explanation = await page.getByTestId('explanation').innerText();
    assert.match(explanation, /Deliveries left out \(by priority\)/);
    assert.match(explanation, /Distance and driving time/);
    assert.doesNotMatch(explanation, /[0-9a-f]{8}-[0-9a-f]{4}-/, 'shipment ids are shown as order numbers');
    await page.getByTestId('timeline').locator('svg[data-vehicle]').first().waitFor();
    await expectAccessible(page, { exclude: ['.maplibregl-canvas'] });
    await screenshot(page, 'dispatcher-plan', { fullPage: true });
    const figures = await apiCall('GET', `/api/v1/routing/plans/${(await apiCall('GET', `/api/v1/routing/plans?date=${today()}`, { user: 'dispatcher' })).body[0].planId}/versions/${version}/figures`, { user: 'dispatcher' });
    assert.equal(figures.status, 200);
    assert.equal(figures.body.totals.unassigned, 1);
    assert.deepEqual(page.consoleErrors, []);
    await page.context().close();
  });

  it('pins a stop to another vehicle from the map, re-plans, compares with the previous version and publishes', async () => {
    const page = await browser.page({ viewport: { width: 1440, height: 1000 } });
    await login(page, 'dispatcher', undefined, { path: '/plan' });
    await waitForMap(page);
    await page.waitForSelector('.dc-stop-marker');
    const marker = page.locator('.dc-stop-marker[aria-label^="VAN-01, stop 3,"]');
    const label = await marker.getAttribute('aria-label');
    const pinned = label.split(', ').pop();
    // Stops of a dense day overlap on the map: the marker's own click handler, as a tap on it.
    await marker.dispatchEvent('click');
    await page.getByTestId('selected-stop').waitFor();
    await page.selectOption('#dc-pin-vehicle', 'VAN-02');
    await page.fill('#dc-pin-position', '1');
    await page.getByRole('button', { name: 'Pin', exact: true }).click();
    await page.getByRole('status').filter({ hasText: `${pinned} is pinned to VAN-02` }).waitFor();
    await page.getByRole('tab', { name: /Pins \(1\)/ }).waitFor();
    // The timeline shows the selection too.
    assert.ok((await page.locator('.dc-timeline rect.selected').count()) > 0);
    const version = await planAndWait(page);
    await page.getByRole('tab', { name: 'Compare' }).click();
    const changes = await page.getByTestId('changes').innerText();
    assert.match(changes, new RegExp(`${pinned} moved: VAN-01 #3 → VAN-02 #1`), changes);
    await screenshot(page, 'dispatcher-plan-compare', { fullPage: false });
    await page.getByRole('button', { name: 'Publish', exact: true }).click();
    await page.getByRole('status').filter({ hasText: `Version ${version} is published` }).waitFor();
    const published = await apiCall('GET', `/api/v1/routing/plans/published?date=${today()}`, { user: 'dispatcher' });
    assert.equal(published.body.version, version);
    const deliveries = await apiCall('GET', `/api/v1/routing/deliveries?date=${today()}`, { user: 'dispatcher' });
    const shipment = deliveries.body.find((d) => d.orderNumber === pinned).shipmentId;
    const van2 = published.body.routes.find((r) => r.vehicleId === 'VAN-02');
    assert.equal(van2.stops[0].shipmentId, shipment, 'the pinned delivery is VAN-02\'s first stop');
    await page.context().close();
  });

  it('shows no Plan button to a role that may not plan, and the API refuses it with 403', async () => {
    const page = await browser.page();
    await login(page, 'warehouse', undefined, { path: '/plan' });
    await page.getByRole('heading', { name: 'Not for your role' }).waitFor();
    assert.equal(await page.getByRole('button', { name: /^(Plan|Re-plan)$/ }).count(), 0);
    assert.equal(await page.getByRole('link', { name: 'Plan' }).count(), 0);
    const refused = await apiCall('POST', '/api/v1/routing/plans/jobs', { user: 'warehouse', json: { date: today(), timeLimitSeconds: 5 } });
    assert.equal(refused.status, 403);
    assert.match(refused.headers.get('content-type'), /problem\+json/);
    const publish = await apiCall('POST', `/api/v1/routing/plans/${crypto.randomUUID()}/versions/1/publish`, { user: 'warehouse' });
    assert.equal(publish.status, 403);
    // Reading the day's plan figures is allowed to the warehouse (GET under /api/v1/routing).
    await page.context().close();
  });
});
