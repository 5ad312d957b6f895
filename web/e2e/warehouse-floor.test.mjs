// The warehouse floor screens in the real browser on the real app: receive an announced delivery
// (one lot, one damaged unit), put it away, pick a wave with one short pick, pack, load the route;
// wrong scans refused with nothing changed; two people taking the same wave; accessibility; 360 px.
import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { apiCall, expectAccessible, login, screenshot, useBrowser } from './harness.mjs';
import { ambientSkus, isoDay, plannedDay, SITE } from './floor-fixture.mjs';

const browser = useBrowser();
const TODAY = isoDay(0);
// A day nobody planned, so its waves stay for the people on the floor (another offset for a re-run
// against the same app: ZAPLECZE_E2E_FLOOR_DAY=3).
const DAY = isoDay(Number(process.env.ZAPLECZE_E2E_FLOOR_DAY ?? 1));

/** Types a code into the screen's scan field and presses Enter, as a keyboard-wedge scanner does. */
async function scan(page, code) {
  const field = page.locator('input[data-scan=true]');
  await field.waitFor();
  assert.equal(await field.evaluate((el) => el === document.activeElement), true, 'the scan field has the focus');
  await page.keyboard.type(code);
  await page.keyboard.press('Enter');
}
/** Waits for a right/wrong cue whose text matches, returns its text. */
async function cue(page, kind, match = /./) {
  const handle = await page.waitForFunction(
    ([k, source, flags]) => {
      const el = document.querySelector(`[data-cue=${k}]`);
      return el && new RegExp(source, flags).test(el.textContent ?? '') ? el.textContent : null;
    },
    [kind, match.source, match.flags],
  );
  return handle.jsonValue();
}
/** Waits until the picking screen asks for the given step. */
async function atStep(page, name) {
  await page.waitForFunction((n) => document.querySelector('[aria-current=step]')?.textContent === n, name);
}

let fixture;
let skus;
before(async () => {
  skus = await ambientSkus(20);
  assert.ok(skus.length >= 2, 'the demo day has ambient stock');
  // Two stops, the first order with 3 units of one SKU (the short pick), the second with two SKUs.
  fixture = await plannedDay({ day: DAY, orders: 2, lines: (i) => (i === 0 ? { [skus[0]]: 3 } : { [skus[0]]: 1, [skus[1]]: 2 }) });
});

describe('warehouse floor', () => {
  it('receives an announced delivery with one lot and one damaged unit, and puts it away', async () => {
    const sku = skus[1];
    const reference = `PO-E2E-${Date.now()}`;
    const lot = `E2E-${Date.now().toString(36).toUpperCase()}`;
    const announced = await apiCall('POST', `/api/v1/warehouse/sites/${SITE}/inbound-deliveries`, {
      user: 'warehouse', json: { reference, supplier: 'E2E supplier', expectedOn: TODAY, blind: false, lines: [{ sku, quantity: 5 }] },
    });
    assert.equal(announced.status, 201);
    const gtin = (await apiCall('GET', `/api/v1/warehouse/product-barcodes?sku=${sku}`, { user: 'warehouse' })).body[0];
    assert.ok(gtin, 'the demo gives every product a GTIN');

    const page = await browser.page({ mobile: true });
    await login(page, 'warehouse', undefined, { path: '/warehouse/receiving' });
    await page.getByRole('button', { name: new RegExp(reference) }).click();
    await scan(page, gtin);
    await cue(page, 'ok', new RegExp(sku));
    await page.fill('#rcv-lot', lot);
    const expiry = isoDay(400);
    await page.fill('#rcv-expiry', expiry);
    await page.fill('#rcv-good', '4');
    await page.fill('#rcv-damaged', '1');
    await page.getByRole('button', { name: 'Book the receipt' }).click();
    await cue(page, 'ok', /Booked 4 good and 1 damaged/);
    await expectAccessible(page);
    await screenshot(page, 'floor-receiving-360');
    await page.getByRole('button', { name: 'Close the delivery' }).click();
    await page.getByRole('heading', { name: 'Discrepancies' }).waitFor();
    assert.match(await page.locator('main').innerText(), /Damaged\s+1/);

    const quarantine = await apiCall('GET', `/api/v1/inventory/stock?locationId=${SITE}-QUAR&sku=${sku}`, { user: 'warehouse' });
    assert.deepEqual(quarantine.body.content.filter((s) => s.lotNumber === lot).map((s) => s.onHand), [1]);

    await page.goto('/warehouse/putaway');
    // Take putaway tasks until ours comes (the oldest free one comes first).
    let bin;
    for (let guard = 0; guard < 10; guard++) {
      await page.getByRole('button', { name: 'Next putaway' }).click();
      bin = await page.getByTestId('suggested-bin').innerText();
      if ((await page.locator('.task-card').first().innerText()).includes(lot)) break;
      await scan(page, bin);
      await cue(page, 'ok', new RegExp(`into ${bin}`));
    }
    assert.match(await page.locator('main').innerText(), /Why this bin[\s\S]*AMBIENT/);
    await expectAccessible(page);
    await screenshot(page, 'floor-putaway-360');
    await scan(page, 'NOT-A-BIN');
    await cue(page, 'bad', /not a bin label/);
    await scan(page, bin);
    await cue(page, 'ok', new RegExp(`into ${bin}`));
    const inBin = await apiCall('GET', `/api/v1/inventory/stock?locationId=${bin}&sku=${sku}`, { user: 'warehouse' });
    assert.ok(inBin.body.content.some((s) => s.lotNumber === lot && s.onHand >= 4), 'the lot is in the bin');
    const ledger = await apiCall('GET', `/api/v1/inventory/ledger?sku=${sku}&locationId=${bin}`, { user: 'warehouse' });
    assert.ok(ledger.body.content.some((e) => e.type === 'MOVE' && e.lotNumber === lot), 'the move is in the ledger');
    await page.context().close();
  });

  it('picks a wave (one short pick), refuses wrong scans, tells a second person the wave is taken', async () => {
    const route = fixture.routes[0];
    const wave = route.waves[0];
    const page = await browser.page({ mobile: true });
    await login(page, 'warehouse', undefined, { path: `/warehouse/picking?date=${DAY}` });
    await page.getByRole('button', { name: new RegExp(`Take the zone ${wave.zone} wave of ${route.vehicleId}`) }).click();
    await page.getByTestId('pick-line').waitFor();

    // A second person (admin here) on another handheld is told who has the wave.
    const other = await browser.page({ mobile: true });
    await login(other, 'admin', undefined, { path: `/warehouse/picking?date=${DAY}` });
    await other.getByRole('button', { name: new RegExp(`Take the zone ${wave.zone} wave`) }).first().click();
    await cue(other, 'bad', /taken by warehouse/);
    await other.context().close();

    const list = (await apiCall('GET', `/api/v1/warehouse/waves/${wave.id}/pick-list`, { user: 'warehouse' })).body;
    const first = list.lines[0];
    const stockBefore = (await apiCall('GET', `/api/v1/inventory/stock?locationId=${first.bin}&sku=${first.sku}`, { user: 'warehouse' })).body.content;
    // Wrong scans, on the screen and at the API: refused with a message, nothing changed.
    const wrongBin = `${SITE}-A-01-01-1` === first.bin ? `${SITE}-A-01-02-1` : `${SITE}-A-01-01-1`;
    await scan(page, wrongBin);
    await cue(page, 'bad', new RegExp(`go to bin ${first.bin}`));
    await screenshot(page, 'floor-picking-wrong-scan-360');
    for (const [body, message] of [
      [{ binScan: wrongBin, productScan: first.sku, lotScan: first.lotNumber }, /Wrong bin/],
      [{ binScan: first.bin, productScan: skus.find((s) => s !== first.sku), lotScan: first.lotNumber }, /Wrong product/],
      [{ binScan: first.bin, productScan: first.sku, lotScan: 'NO-SUCH-LOT' }, /Wrong lot/],
    ]) {
      const r = await apiCall('POST', `/api/v1/warehouse/pick-tasks/${first.taskId}/scan-confirm`, { user: 'warehouse', json: { ...body, quantity: first.quantity } });
      assert.equal(r.status, 422);
      assert.match(r.headers.get('content-type'), /application\/problem\+json/);
      assert.match(r.body.detail, message);
    }
    const stockAfter = (await apiCall('GET', `/api/v1/inventory/stock?locationId=${first.bin}&sku=${first.sku}`, { user: 'warehouse' })).body.content;
    assert.deepEqual(stockAfter, stockBefore, 'wrong scans changed no stock');
    assert.equal((await apiCall('GET', `/api/v1/warehouse/waves/${wave.id}/pick-list`, { user: 'warehouse' })).body.lines[0].status, 'OPEN');

    // Every line: bin, product, lot, quantity; the first line with 3 units is picked one short.
    let shorted = null;
    for (let guard = 0; guard < 20; guard++) {
      const open = (await apiCall('GET', `/api/v1/warehouse/waves/${wave.id}/pick-list`, { user: 'warehouse' })).body.lines.find((l) => l.status === 'OPEN');
      if (!open) break;
      await atStep(page, 'Bin');
      await scan(page, open.bin);
      await atStep(page, 'Product');
      await scan(page, open.sku);
      await atStep(page, 'Lot');
      await scan(page, open.lotNumber);
      await page.locator('#pick-qty').waitFor();
      if (!shorted && open.quantity >= 2) {
        await page.fill('#pick-qty', String(open.quantity - 1));
        await page.getByRole('button', { name: 'Confirm the pick' }).click();
        await page.getByRole('heading', { name: 'What happens next' }).waitFor();
        assert.match(await page.locator('.next-steps').innerText(), /count task created/);
        await expectAccessible(page);
        await screenshot(page, 'floor-picking-short-360');
        await page.getByRole('button', { name: 'Understood' }).click();
        shorted = open;
      } else {
        await page.getByRole('button', { name: 'Confirm the pick' }).click();
        await page.locator('#pick-qty').waitFor({ state: 'detached' });
        await cue(page, 'ok', new RegExp(`Picked ${open.quantity} × ${open.sku}`));
      }
    }
    assert.ok(shorted, 'one pick was short');
    await page.getByText('This wave is picked.').waitFor();
    const counts = await apiCall('GET', `/api/v1/inventory/blind-counts?siteId=${SITE}`, { user: 'warehouse' });
    // One open count per bin: the short bin has one (a new one, or the one it already had).
    assert.ok(counts.body.some((c) => c.locationId === shorted.bin), 'a count task for the short bin');
    assert.ok(counts.body.every((c) => !('expected' in c)), 'blind counts carry no book quantities');
    await page.context().close();
  });

  it('packs the route with printed labels and loads it last stop first', async () => {
    // Other zones' waves of the route (if any) are picked through the API, as other pickers would.
    const route = fixture.routes[0];
    for (const w of route.waves.slice(1)) {
      for (const l of (await apiCall('GET', `/api/v1/warehouse/waves/${w.id}/pick-list`, { user: 'warehouse' })).body.lines.filter((x) => x.status === 'OPEN')) {
        await apiCall('POST', `/api/v1/warehouse/pick-tasks/${l.taskId}/scan-confirm`, { user: 'warehouse', json: { binScan: l.bin, productScan: l.sku, lotScan: l.lotNumber, quantity: l.quantity } });
      }
    }
    const packing = (await apiCall('GET', `/api/v1/warehouse/routes/${route.routeId}/packing`, { user: 'warehouse' })).body;
    const units = packing.orders.flatMap((o) => o.units.map((u) => u.unit.label));
    assert.ok(units.length >= 1, 'picked orders are packed into handling units');

    const page = await browser.page({ viewport: { width: 1024, height: 768 } });
    await login(page, 'warehouse', undefined, { path: `/warehouse/packing?date=${DAY}` });
    await page.getByRole('button', { name: new RegExp(route.vehicleId) }).first().click();
    for (const label of units) {
      await scan(page, label);
      await cue(page, 'ok', new RegExp(`${label} closed`));
    }
    await expectAccessible(page);
    await screenshot(page, 'floor-packing');

    const order = packing.orders.find((o) => o.units.length > 0);
    await page.goto(`/warehouse/label/${order.orderId}`);
    await page.locator('.label svg rect, .label svg path').first().waitFor();
    await expectAccessible(page);
    await screenshot(page, 'floor-label');

    await page.goto(`/warehouse/loading?date=${DAY}`);
    await page.getByRole('button', { name: new RegExp(route.vehicleId) }).first().click();
    const progress = (await apiCall('GET', `/api/v1/warehouse/routes/${route.routeId}/loading`, { user: 'warehouse' })).body;
    await scan(page, 'D99');
    await cue(page, 'bad', /loads at door/);
    await scan(page, progress.dockDoor);
    await cue(page, 'ok', /At door/);
    const order2 = progress.steps.map((s) => s.step.item.label);
    if (order2.length > 1) {
      // The first stop's unit goes in last: scanning it first is refused.
      await scan(page, order2[order2.length - 1]);
      await cue(page, 'bad', /last stop is loaded first/);
      await page.getByRole('button', { name: 'Close the loading' }).click();
      await cue(page, 'bad', /not in vehicle/);
    }
    for (const label of order2) {
      await scan(page, label);
      await page.waitForFunction((l) => document.querySelector('[data-cue=ok]')?.textContent?.includes(l) || document.querySelector('[data-cue=ok]')?.textContent?.includes('loaded'), label);
    }
    await page.getByText(/is loaded/).first().waitFor();
    await expectAccessible(page);
    await screenshot(page, 'floor-loading');
    await page.context().close();

    const after = (await apiCall('GET', `/api/v1/warehouse/routes/${route.routeId}/loading`, { user: 'warehouse' })).body;
    assert.equal(after.loaded, true);
    for (const o of packing.orders) {
      const status = (await apiCall('GET', `/api/v1/warehouse/orders/${o.orderId}`, { user: 'warehouse' })).body.status;
      assert.equal(status, 'LOADED');
    }
    const books = await apiCall('GET', '/api/v1/inventory/stock/reconciliation', { user: 'warehouse' });
    assert.equal(books.body.consistent, true);
  });

  it('shows stock, counts and the supervisor board', async () => {
    const page = await browser.page({ viewport: { width: 1280, height: 900 } });
    await login(page, 'warehouse', undefined, { path: '/warehouse' });
    await expectAccessible(page);
    await screenshot(page, 'floor-menu');
    await page.goto('/warehouse/stock');
    await scan(page, skus[1]);
    await page.getByRole('heading', { name: `Product ${skus[1]}` }).waitFor({ timeout: 45_000 });
    assert.match(await page.locator('main').innerText(), /quarantine/);
    await expectAccessible(page);
    await screenshot(page, 'floor-stock');
    await page.goto('/warehouse/counts');
    await page.getByRole('heading', { name: 'Count tasks' }).waitFor();
    await expectAccessible(page);
    await screenshot(page, 'floor-counts');
    await page.goto(`/warehouse/supervisor?date=${DAY}`);
    await page.getByRole('heading', { name: 'Waves' }).waitFor();
    await expectAccessible(page);
    await screenshot(page, 'floor-supervisor');
    assert.deepEqual(page.consoleErrors, []);
    await page.context().close();
  });
});
