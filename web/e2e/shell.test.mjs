// The shell: login, roles in the navigation, session expiry, client routes, the map, accessibility.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { apiCall, expectAccessible, login, screenshot, useBrowser, waitForMap, BASE_URL } from './harness.mjs';

const browser = useBrowser();

describe('console shell', () => {
  it('shows the login screen at a client route, refuses a wrong password with a message', async () => {
    const page = await browser.page();
    await page.goto('/plan');
    await page.waitForSelector('#login-username');
    await expectAccessible(page);
    await page.fill('#login-username', 'dispatcher');
    await page.fill('#login-password', 'not-the-password');
    await page.click('button[type=submit]');
    const alert = page.getByRole('alert');
    await alert.waitFor();
    assert.match(await alert.innerText(), /Wrong user name or password/);
    await screenshot(page, 'login');
    await page.context().close();
  });

  it('gives a dispatcher Plan and Live, and brings them back to the page they asked for', async () => {
    const page = await browser.page();
    await login(page, 'dispatcher', undefined, { path: '/live' });
    assert.equal(new URL(page.url()).pathname, '/live');
    const nav = page.getByRole('navigation', { name: 'Main navigation' });
    assert.deepEqual(await nav.getByRole('link').allInnerTexts(), ['Plan', 'Live']);
    await page.goto('/warehouse');
    await page.getByRole('heading', { name: 'Not for your role' }).waitFor();
    await page.context().close();
  });

  it('gives the warehouse its floor screens and no dispatch screens', async () => {
    const page = await browser.page();
    await login(page, 'warehouse');
    assert.equal(new URL(page.url()).pathname, '/warehouse');
    const links = await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link').allInnerTexts();
    assert.deepEqual(links, ['Floor']);
    await page.context().close();
  });

  it('shows the road network on the map from the app\'s own tiles', async () => {
    const page = await browser.page();
    const tiles = [];
    page.on('response', (r) => {
      if (r.url().includes('/api/v1/routing/network/tiles/')) tiles.push(r.status());
    });
    await login(page, 'admin', undefined, { path: '/plan' });
    await waitForMap(page);
    assert.ok(tiles.includes(200), `some tile answered 200 (got ${tiles.join(',')})`);
    await expectAccessible(page, { exclude: ['.maplibregl-canvas'] });
    await screenshot(page, 'console-map', { fullPage: false });
    assert.deepEqual(page.consoleErrors, []);
    await page.context().close();
  });

  it('switches to Polish and keeps the choice', async () => {
    const page = await browser.page({ locale: 'en-GB' });
    await login(page, 'dispatcher');
    await page.getByRole('button', { name: 'PL', exact: true }).click();
    await page.getByRole('button', { name: 'Wyloguj' }).waitFor();
    await page.reload();
    await page.getByRole('link', { name: 'Na żywo' }).waitFor();
    assert.equal(await page.getAttribute('html', 'lang'), 'pl');
    await page.context().close();
  });

  it('ends the session with a message when the API answers 401', async () => {
    const page = await browser.page();
    await login(page, 'dispatcher');
    // Credentials that stopped working (a changed password, a restarted identity store).
    await page.evaluate(() => {
      const s = JSON.parse(sessionStorage.getItem('zaplecze.session'));
      s.authorization = 'Basic ' + btoa('dispatcher:changed');
      sessionStorage.setItem('zaplecze.session', JSON.stringify(s));
    });
    await page.reload();
    await page.waitForSelector('#login-username');
    assert.match(await page.getByRole('status').innerText(), /Your session has ended/);
    await page.context().close();
  });

  it('answers client routes with the console and unknown API paths with a problem', async () => {
    const route = await fetch(`${BASE_URL}/t/NOSUCHCODE`);
    assert.equal(route.status, 200);
    assert.match(route.headers.get('content-type'), /text\/html/);
    assert.match(route.headers.get('cache-control'), /no-cache/);
    const html = await route.text();
    const asset = html.match(/src="(\/assets\/[^"]+\.js)"/)[1];
    const js = await fetch(BASE_URL + asset);
    assert.equal(js.status, 200);
    assert.match(js.headers.get('cache-control'), /max-age=31536000/);
    const api = await apiCall('GET', '/api/v1/no-such-thing', { user: 'admin' });
    assert.equal(api.status, 404);
    assert.match(api.headers.get('content-type'), /problem\+json/);
  });
});
