// The browser-test harness: Debian's chromium driven by playwright-core, axe-core for accessibility,
// screenshots into docs/screenshots. Tests run with node:test against a running app
// (ZAPLECZE_URL); scripts/web-e2e.sh starts a fresh one with the demo day and runs them.
import { after, before } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const here = path.dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);

/** The app under test. */
export const BASE_URL = (process.env.ZAPLECZE_URL ?? 'http://127.0.0.1:8080').replace(/\/$/, '');
/** Where screenshots go (committed: the READMEs show them). */
export const SCREENSHOTS = process.env.ZAPLECZE_SCREENSHOTS ?? path.resolve(here, '../../docs/screenshots');

/** Demo users (profile demo); the password is the user name. */
export const USERS = { dispatcher: 'dispatcher', warehouse: 'warehouse', driver: 'driver', admin: 'admin' };

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--enable-unsafe-swiftshader',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** Starts chromium (headless) once per test file: call at the top level of the file. */
export function useBrowser() {
  const holder = { browser: /** @type {import('playwright-core').Browser | null} */ (null) };
  before(async () => {
    holder.browser = await chromium.launch({
      executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
      headless: true,
      args: CHROMIUM_ARGS,
    });
  });
  after(async () => {
    await holder.browser?.close();
  });
  return {
    /**
     * A new page in its own context (own sessionStorage). Options: viewport {width,height},
     * locale ('en-GB', 'pl-PL'; decides the console's language), mobile (touch, 360 px default).
     */
    async page({ viewport = { width: 1280, height: 800 }, locale = 'en-GB', mobile = false } = {}) {
      assert.ok(holder.browser, 'useBrowser() must be called at the top level of the test file');
      const context = await holder.browser.newContext({
        baseURL: BASE_URL,
        viewport: mobile ? { width: 360, height: 740 } : viewport,
        locale,
        isMobile: mobile,
        hasTouch: mobile,
        deviceScaleFactor: 1,
      });
      context.setDefaultTimeout(15_000);
      const page = await context.newPage();
      const errors = [];
      page.on('pageerror', (e) => errors.push(e));
      page.consoleErrors = errors;
      return page;
    },
  };
}

/** Signs in through the login screen and waits for the console. */
export async function login(page, user, password = USERS[user] ?? user, { path: target = '/' } = {}) {
  await page.goto(target);
  await page.waitForSelector('#login-username');
  await page.fill('#login-username', user);
  await page.fill('#login-password', password);
  await page.click('button[type=submit]');
  await page.waitForSelector('[data-testid=who]');
}

/** The Authorization header of a demo user, for API calls from a test (`fetch`). */
export function basic(user, password = USERS[user] ?? user) {
  return 'Basic ' + Buffer.from(`${user}:${password}`).toString('base64');
}

/** Calls the API directly (checking state behind the screens). Returns { status, body }. */
export async function apiCall(method, path, { user, json, headers = {} } = {}) {
  const response = await fetch(BASE_URL + path, {
    method,
    headers: {
      Accept: 'application/json',
      ...(user ? { Authorization: basic(user) } : {}),
      ...(json !== undefined ? { 'Content-Type': 'application/json' } : {}),
      ...headers,
    },
    body: json !== undefined ? JSON.stringify(json) : undefined,
  });
  const text = await response.text();
  let body = text;
  try {
    body = text ? JSON.parse(text) : null;
  } catch {
    /* not JSON */
  }
  return { status: response.status, headers: response.headers, body };
}

/** Waits until a MapView on the page has loaded its style (and the basemap tiles it asked for). */
export async function waitForMap(page, selector = '[data-testid=map][data-map-ready=true]') {
  await page.waitForSelector(selector, { timeout: 30_000 });
  await page.waitForLoadState('networkidle');
}

/** Writes docs/screenshots/<name>.png (whole page unless fullPage false). */
export async function screenshot(page, name, { fullPage = true } = {}) {
  await mkdir(SCREENSHOTS, { recursive: true });
  const file = path.join(SCREENSHOTS, `${name}.png`);
  await page.screenshot({ path: file, fullPage, animations: 'disabled' });
  return file;
}

let axeSource;
/**
 * Runs axe-core in the page and fails on serious or critical violations (WCAG 2.x A/AA rules).
 * `exclude`: selectors to leave out (e.g. the map canvas). Returns all violations for logging.
 */
export async function expectAccessible(page, { exclude = [] } = {}) {
  axeSource ??= await readFile(require.resolve('axe-core/axe.min.js'), 'utf8');
  await page.addScriptTag({ content: axeSource });
  const violations = await page.evaluate(async (excluded) => {
    const result = await window.axe.run(
      { include: [document], exclude: excluded.map((s) => [s]) },
      { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] } },
    );
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.slice(0, 5).map((n) => n.target.join(' ')),
    }));
  }, exclude);
  const blocking = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  assert.deepEqual(blocking, [], `serious/critical accessibility violations:\n${JSON.stringify(blocking, null, 2)}`);
  return violations;
}
