// Dispatcher, Live mode (#13), against the real app while the simulator drives the demo day at high
// speed (web/e2e/simulator.args): vehicles move, an ETA changes, late and failure alerts appear, a
// re-plan from the live state is proposed and published, a vehicle's trail, the feed dropping shows
// "stale" and reconnects. Runs before the Plan-mode file, which publishes a fresh plan of the day.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { apiCall, expectAccessible, login, screenshot, useBrowser } from './harness.mjs';

const browser = useBrowser();
const today = () => new Date().toISOString().slice(0, 10);

async function openLive(page) {
  await login(page, 'dispatcher', undefined, { path: '/live' });
  // Not waitForMap: the open live feed keeps the network busy, so it never goes idle.
  await page.waitForSelector('[data-testid=map][data-map-ready=true]', { timeout: 30_000 });
  await page.waitForSelector('[data-testid=feed-state][data-state=live]', { timeout: 20_000 });
  await page.waitForSelector('section.dc-live-route');
}

/** {vehicle: "lat,lon"} of every route panel. */
const positions = (page) =>
  page.$$eval('section.dc-live-route', (els) => Object.fromEntries(els.map((e) => [e.dataset.vehicle, `${e.dataset.lat},${e.dataset.lon}`])));
/** {stopId: ETA cell text} of the stops still to go. */
const etas = (page) =>
  page.$$eval('section.dc-live-route tr.remaining, section.dc-live-route tr.current', (rows) =>
    Object.fromEntries(rows.map((r) => [r.dataset.stopId, r.querySelector('[data-testid=eta]').textContent])),
  );

async function until(what, check, timeoutMs) {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > end) assert.fail(`timed out after ${timeoutMs / 1000} s waiting until ${what}`);
    await new Promise((r) => setTimeout(r, 500));
  }
}

describe('dispatcher live mode', () => {
  it('moves vehicles from the feed, updates ETAs and raises late and failure alerts', async () => {
    const page = await browser.page({ viewport: { width: 1440, height: 1000 } });
    await openLive(page);
    const before = await positions(page);
    await until('a vehicle moves on the map without a reload', async () => {
      const now = await positions(page);
      return Object.keys(now).some((v) => now[v] !== before[v] && !now[v].includes('undefined'));
    }, 30_000);
    const firstEtas = await etas(page);
    await until('an ETA changes', async () => {
      const now = await etas(page);
      return Object.keys(now).some((s) => firstEtas[s] !== undefined && now[s] !== firstEtas[s]);
    }, 60_000);
    await page.waitForSelector('.dc-alerts li[data-kind=LATE]', { timeout: 90_000 });
    await page.waitForSelector('.dc-alerts li[data-kind=FAILED]', { timeout: 90_000 });
    const failed = await page.locator('.dc-alerts li[data-kind=FAILED]').first().innerText();
    assert.match(failed, /not delivered: (customer absent|address not found|refused|damaged|no access|other reason)/);
    await expectAccessible(page, { exclude: ['.maplibregl-canvas'] });
    await screenshot(page, 'dispatcher-live', { fullPage: false });
    assert.deepEqual(page.consoleErrors, []);
    await page.context().close();
  });

  it('re-plans from the live state from an alert, shows the change and publishes it', async () => {
    const page = await browser.page({ viewport: { width: 1440, height: 1000 } });
    await openLive(page);
    const published = await apiCall('GET', `/api/v1/routing/plans/published?date=${today()}`, { user: 'dispatcher' });
    await page.locator('.dc-alerts li').first().getByRole('button', { name: 'Re-plan from now' }).click();
    const proposal = page.getByTestId('proposal');
    await proposal.getByRole('button', { name: 'Publish' }).waitFor({ timeout: 60_000 });
    assert.match(await proposal.innerText(), /Changed stops \(\d+; \d+ unchanged\)/);
    await screenshot(page, 'dispatcher-live-replan', { fullPage: false });
    const force = proposal.getByRole('checkbox');
    if (await force.count()) await force.check();
    await proposal.getByRole('button', { name: 'Publish' }).click();
    await page.getByRole('status').filter({ hasText: /is published/ }).waitFor();
    const after = await apiCall('GET', `/api/v1/routing/plans/published?date=${today()}`, { user: 'dispatcher' });
    assert.ok(after.body.version > published.body.version, `published ${published.body.version} -> ${after.body.version}`);
    // Stops already served stay with their vehicles in the new version.
    await page.waitForSelector('section.dc-live-route');
    await page.context().close();
  });

  it('draws a vehicle\'s trail for the day', async () => {
    const page = await browser.page();
    await openLive(page);
    const route = page.locator('section.dc-live-route').first();
    await route.getByRole('button', { name: 'Show today’s trail' }).click();
    const count = await page.getByTestId('trail-count').innerText();
    assert.ok(Number(count.replace(/\D/g, '')) > 0, count);
    await page.context().close();
  });

  it('shows "stale" while the feed is down and reconnects by itself', async () => {
    const page = await browser.page();
    // Every feed connection ends right after its first event: a feed that keeps dropping.
    await page.route('**/api/v1/tracking/feed', (r) =>
      r.fulfill({ status: 200, headers: { 'Content-Type': 'text/event-stream' }, body: 'event: hello\ndata: {}\n\n' }),
    );
    await login(page, 'dispatcher', undefined, { path: '/live' });
    await page.waitForSelector('[data-testid=feed-state][data-state=stale]', { timeout: 20_000 });
    assert.match(await page.getByTestId('feed-state').innerText(), /Stale/);
    await page.unroute('**/api/v1/tracking/feed');
    await page.waitForSelector('[data-testid=feed-state][data-state=live]', { timeout: 30_000 });
    await page.context().close();
  });
});
