// The editor page's load-type-fix smoke test in Firefox ESR (Debian `firefox-esr`), driven by
// puppeteer-core over WebDriver BiDi: no geckodriver, no downloaded browser.
//
//   ./scripts/build-wasm.sh && node scripts/build-www.mjs && node --test tests/e2e/firefox.test.mjs
//
// $FIREFOX_PATH overrides /usr/bin/firefox-esr. Fails on any console error, page error, failed
// request, request to another origin or CSP violation; saves target/e2e/firefox.png.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';
import { CSP, startServer } from '../../scripts/serve.mjs';
import { OUT_DIR, SAMPLE_TEXT, assertBuilt, expectedFixAll, pageOptions, thethuc } from './helpers.mjs';

const FIREFOX = process.env.FIREFOX_PATH || '/usr/bin/firefox-esr';
const TIMEOUT = 20_000;

let server;
let baseUrl;
let browser;

before(async () => {
  assertBuilt();
  assert.ok(existsSync(FIREFOX), `no Firefox at ${FIREFOX} (./scripts/setup.sh --browser installs firefox-esr; or set FIREFOX_PATH)`);
  await mkdir(OUT_DIR, { recursive: true });
  ({ server, url: baseUrl } = await startServer(0));
  browser = await puppeteer.launch({ browser: 'firefox', executablePath: FIREFOX, headless: true });
});

after(async () => {
  await browser?.close();
  await new Promise((resolve) => (server ? server.close(resolve) : resolve()));
});

test('Firefox ESR: load under the strict CSP, type a mistake, fix it, fix all', async () => {
  const origin = new URL(baseUrl).origin;
  const page = await browser.newPage();
  page.setDefaultTimeout(TIMEOUT);
  await page.setViewport({ width: 1366, height: 860 });
  const problems = [];
  const foreign = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') problems.push(`console.error: ${msg.text()}`);
  });
  page.on('pageerror', (err) => problems.push(`pageerror: ${err.message ?? err}`));
  page.on('request', (req) => {
    const url = req.url();
    if (!/^(data|blob):/.test(url) && new URL(url).origin !== origin) foreign.push(url);
  });
  page.on('response', (res) => {
    if (res.status() >= 400) problems.push(`HTTP ${res.status()}: ${res.url()}`);
  });
  page.on('dialog', async (dialog) => {
    problems.push(`dialog: ${dialog.message()}`);
    await dialog.dismiss();
  });
  await page.evaluateOnNewDocument(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      window.__cspViolations.push(`${e.violatedDirective}: ${e.blockedURI}`);
    });
  });

  const response = await page.goto(`${baseUrl}www/`);
  assert.equal(response.headers()['content-security-policy'], CSP);
  await page.waitForSelector('body[data-ready="1"]');
  const version = await browser.version();

  // CodeMirror's styles are a constructable stylesheet here too.
  const styling = await page.evaluate(() => {
    const shadow = document.querySelector('#editor-host').shadowRoot;
    return { adopted: shadow.adoptedStyleSheets.length, styles: document.querySelectorAll('style').length + shadow.querySelectorAll('style').length };
  });
  assert.ok(styling.adopted >= 1, JSON.stringify(styling));
  assert.equal(styling.styles, 0);

  const text = () => page.evaluate(() => window.thethucPage.text());
  const codes = () => page.$$eval('#problems li.item', (items) => items.map((li) => li.dataset.code));
  const checks = () => page.evaluate(() => Number(document.body.dataset.checks ?? 0));
  const waitChecks = (n) => page.waitForFunction((k) => Number(document.body.dataset.checks ?? 0) > k && !document.body.dataset.checking && window.thethucPage.upToDate(), {}, n);

  assert.equal(await text(), SAMPLE_TEXT);
  const { check } = await thethuc();
  const report = check(SAMPLE_TEXT, pageOptions());
  assert.deepEqual((await codes()).sort(), report.diagnostics.map((d) => d.code).sort());
  const wavy = await page.evaluate(() => {
    const s = document.querySelector('#editor-host').shadowRoot.querySelector('.cm-lintRange-error');
    return s ? getComputedStyle(s).textDecorationStyle : null;
  });
  assert.equal(wavy, 'wavy');

  // Type a mistake in the national title: "VIỆT NAM" → "VIET NAM".
  const rect = await page.evaluate(() => {
    const line = [...document.querySelector('#editor-host').shadowRoot.querySelectorAll('.cm-line')].find((l) => l.textContent.startsWith('CỘNG HÒA'));
    const r = line.getBoundingClientRect();
    return { x: r.left + 40, y: r.top + r.height / 2 };
  });
  await page.mouse.click(rect.x, rect.y);
  await page.keyboard.press('End');
  let n = await checks();
  for (let i = 0; i < 8; i += 1) await page.keyboard.press('Backspace');
  await page.keyboard.type('VIET NAM');
  await waitChecks(n);
  await page.waitForFunction(() => !!document.querySelector('#problems li.item[data-code="TT201"]'));
  assert.ok((await text()).includes('\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIET NAM\n'));

  // Its quick fix from the panel puts the national title right.
  n = await checks();
  await page.click('#problems li.item[data-code="TT201"] .item-fix');
  await waitChecks(n);
  assert.ok(!(await codes()).includes('TT201'));
  assert.equal(await text(), SAMPLE_TEXT);

  // Fix all safe problems: the package's applyFixes result, in one step.
  n = await checks();
  await page.click('#btn-fix-all');
  await waitChecks(n);
  assert.equal(await text(), await expectedFixAll(SAMPLE_TEXT, pageOptions()));
  assert.ok((await codes()).includes('TT303'), 'the unsafe fix is left for review');
  await page.screenshot({ path: join(OUT_DIR, 'firefox.png') });

  assert.deepEqual(problems, [], `Firefox ${version}: console errors, page errors or failed requests`);
  assert.deepEqual(foreign, [], 'requests to other origins');
  assert.deepEqual(await page.evaluate(() => window.__cspViolations), [], 'CSP violations');
  await page.close();
});
