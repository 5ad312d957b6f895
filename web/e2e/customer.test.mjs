// The customer's tracking page on the demo day driven by the simulator (web/e2e/simulator.args: ×30
// from 10:30, 15 % failures, VAN-02 standing still from 11:00): delivered, failed and en-route
// shipments, an unknown code. The en-route cases use the stalled van's stops, which keep their place
// in its route while the other vans drive on.
import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { apiCall, expectAccessible, screenshot, useBrowser, waitForMap } from './harness.mjs';

const browser = useBrowser();
const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Warsaw' }).format(new Date());

/**
 * Waits until the day shows every case: some shipments delivered, some failed, and the stalled van
 * (VAN-02) standing with stops still ahead of it, with the ingest caught up (nothing queued).
 */
async function settledShipments() {
  const deadline = Date.now() + 300_000;
  let last = '';
  for (;;) {
    const { status, body } = await apiCall('GET', `/api/v1/tracking/shipments?date=${today}`, { user: 'dispatcher' });
    assert.equal(status, 200);
    const stats = (await apiCall('GET', '/api/v1/tracking/ingest/stats', { user: 'dispatcher' })).body;
    const count = (s) => body.filter((x) => x.status === s).length;
    const stalled = (await apiCall('GET', '/api/v1/tracking/vehicles/VAN-02', { user: 'dispatcher' })).body;
    // The stall begins at 11:00 simulated Warsaw time (10:00 UTC in winter, the demo's season).
    const standing = stalled?.vehicle?.speedKmh === 0 && new Date(stalled.vehicle.at) >= new Date(`${today}T10:00:00Z`);
    last = ['DELIVERED', 'FAILED', 'OUT_FOR_DELIVERY', 'ARRIVING'].map(count).join('/')
      + ` queued ${stats.queued} VAN-02 standing ${standing}`;
    const onStalledVan = body.filter((x) => x.vehicleId === 'VAN-02'
      && (x.status === 'OUT_FOR_DELIVERY' || x.status === 'ARRIVING')).length;
    if (count('DELIVERED') > 0 && count('FAILED') > 0 && onStalledVan >= 4 && standing && stats.queued === 0) {
      return body;
    }
    assert.ok(Date.now() < deadline, `the demo day did not reach every case (delivered/failed/out/arriving = ${last})`);
    await new Promise((r) => setTimeout(r, 1_000));
  }
}

const lookup = async (code) => (await apiCall('GET', `/api/v1/track/${code}`)).body;

describe('customer tracking page', () => {
  let shipments;
  let enRouteNear;
  let enRouteFar;
  before(async () => {
    shipments = await settledShipments();
    const onTheWay = shipments.filter((s) => s.vehicleId === 'VAN-02'
      && (s.status === 'OUT_FOR_DELIVERY' || s.status === 'ARRIVING'));
    for (const s of onTheWay) {
      const t = await lookup(s.trackingCode);
      if (!enRouteNear && t.vehicle) enRouteNear = { ...s, lookup: t };
      if (!enRouteFar && t.stopsBefore >= 3) enRouteFar = { ...s, lookup: t };
      if (enRouteNear && enRouteFar) break;
    }
  });

  it('shows a delivered shipment with its proof of delivery, at 360 px, accessible', async () => {
    const delivered = shipments.find((s) => s.status === 'DELIVERED');
    const expected = await lookup(delivered.trackingCode);
    const page = await browser.page({ mobile: true });
    await page.goto(`/t/${delivered.trackingCode}`);
    await page.getByTestId('status').filter({ hasText: 'Delivered' }).waitFor();
    const proof = await page.getByTestId('proof').innerText();
    assert.match(proof, /Delivered at \d\d:\d\d/);
    if (expected.delivery.recipientName) assert.ok(proof.includes(expected.delivery.recipientName), proof);
    assert.equal(await page.getByTestId('eta').count(), 0, 'no ETA once delivered');
    assert.equal(await page.getByTestId('map').count(), 0, 'no map once delivered');
    await expectAccessible(page);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(width <= 360, `no horizontal scrolling at 360 px (page is ${width} px wide)`);
    await screenshot(page, 'customer-delivered-360');
    await page.context().close();
  });

  it('shows an en-route shipment near the van with the ETA range, stops before and the van on a map', async () => {
    assert.ok(enRouteNear, 'a shipment among the next three stops of a van');
    const page = await browser.page({ mobile: true });
    await page.goto(`/t/${enRouteNear.trackingCode}`);
    await page.getByTestId('stops-before').waitFor();
    const stops = await page.getByTestId('stops-before').innerText();
    // Among the next three stops: 0, 1 or 2 before it.
    assert.match(stops, /on its way to you now|has [12] stops? before yours/);
    if (enRouteNear.lookup.eta) assert.match(await page.getByTestId('eta').innerText(), /between \d\d:\d\d and \d\d:\d\d/);
    if (enRouteNear.lookup.window) assert.match(await page.getByTestId('window').innerText(), /\d\d:\d\d–\d\d:\d\d/);
    await waitForMap(page);
    await expectAccessible(page, { exclude: ['.maplibregl-canvas'] });
    await screenshot(page, 'customer-en-route-360');
    assert.deepEqual(page.consoleErrors, []);
    await page.context().close();

    const desktop = await browser.page({ viewport: { width: 1280, height: 900 } });
    await desktop.goto(`/t/${enRouteNear.trackingCode}`);
    await waitForMap(desktop);
    await screenshot(desktop, 'customer-en-route-desktop');
    await desktop.context().close();
  });

  it('shows no map for a shipment further down the route, and loads no map library', async () => {
    assert.ok(enRouteFar, 'a shipment with three or more stops before it');
    const page = await browser.page({ mobile: true, locale: 'pl-PL' });
    const scripts = [];
    page.on('request', (r) => r.resourceType() === 'script' && scripts.push(r.url()));
    await page.goto(`/t/${enRouteFar.trackingCode}`);
    await page.getByTestId('stops-before').waitFor();
    assert.match(await page.getByTestId('stops-before').innerText(), /Przed Tobą kurier ma jeszcze \d+ przystan/);
    assert.equal(await page.getByTestId('map').count(), 0);
    assert.ok(!scripts.some((u) => u.includes('maplibre')), `no map library loaded: ${scripts.join(', ')}`);
    await screenshot(page, 'customer-en-route-far-pl-360');
    await page.context().close();
  });

  it('shows a failed delivery with the reason and what happens next', async () => {
    const failed = shipments.find((s) => s.status === 'FAILED');
    const page = await browser.page({ mobile: true });
    await page.goto(`/t/${failed.trackingCode}`);
    await page.getByTestId('failure').waitFor();
    const text = await page.getByTestId('failure').innerText();
    assert.match(text, /could not deliver it at \d\d:\d\d/);
    assert.match(text, /Reason: /);
    assert.match(text, /What happens next/);
    await expectAccessible(page);
    await screenshot(page, 'customer-failed-360');
    await page.context().close();
  });

  it('says clearly that an unknown or expired code is not found, in Polish too', async () => {
    // Unknown, malformed and expired codes get the same 404 from the lookup (by design: no oracle).
    const page = await browser.page({ mobile: true, locale: 'pl-PL' });
    await page.goto('/t/NOSUCHCODE0000000000000');
    await page.getByRole('alert').filter({ hasText: 'Nie znaleźliśmy tego numeru przesyłki' }).waitFor();
    await expectAccessible(page);
    await screenshot(page, 'customer-unknown-pl-360');
    await page.getByRole('button', { name: 'EN', exact: true }).click();
    await page.getByRole('alert').filter({ hasText: 'We cannot find this tracking code' }).waitFor();
    await page.context().close();
  });
});
