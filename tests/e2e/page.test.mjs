// End-to-end test of the demo page (www/) in headless Chromium, driven by playwright-core.
//
//   ./scripts/build-wasm.sh && npm ci && node --test tests/e2e/
//
// Assumes pkg/ is built. Uses the system Chromium (/usr/bin/chromium, or $CHROMIUM_PATH); it
// never downloads a browser. Each test gets a fresh browser context (empty localStorage).
// A screenshot is written to target/e2e/page.png.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { mkdir, readFile } from 'node:fs/promises';
import { request as httpRequest } from 'node:http';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { ROOT, CSP, startServer } from '../../scripts/serve.mjs';

const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const OUT_DIR = join(ROOT, 'target', 'e2e');
const TIMEOUT = 15_000;

/** A notice without quốc hiệu and tiêu ngữ, in NFD, with emoji (surrogate pairs) before later findings. */
const DRAFT = [
  'ỦY BAN NHÂN DÂN',
  'TỈNH LẠNG SƠN',
  '',
  'Số:     /TB-UBND 📎',
  '',
  'Lạng Sơn, ngày      tháng 8 năm 2020',
  '',
  'THÔNG BÁO',
  'Kết luận của Chủ tịch Ủy ban nhân dân tỉnh về việc chuẩn bị họp 😀',
  '',
  'Ngày 29/7/2020, Ủy ban nhân dân tỉnh đã họp và thống nhất các nội dung sau đây.',
  '',
  'Nơi nhận:',
  '- Như trên;',
  '- Lưu: VT.',
  '',
  'CHỦ TỊCH',
  '',
  'Nguyễn Văn An',
]
  .join('\n')
  .normalize('NFD');

let server;
let baseUrl;
let origin;
let browser;
let sample;

before(async () => {
  for (const file of ['pkg/index.js', 'pkg/thethuc_bg.wasm']) {
    assert.ok(existsSync(join(ROOT, file)), `${file} is missing: run ./scripts/build-wasm.sh first`);
  }
  assert.ok(existsSync(CHROMIUM), `no Chromium at ${CHROMIUM} (set CHROMIUM_PATH)`);
  sample = await readFile(join(ROOT, 'www', 'sample.txt'), 'utf8');
  await mkdir(OUT_DIR, { recursive: true });
  ({ server, url: baseUrl } = await startServer(0));
  origin = new URL(baseUrl).origin;
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
});

after(async () => {
  await browser?.close();
  await new Promise((resolve) => (server ? server.close(resolve) : resolve()));
});

/**
 * A page in a fresh context (its own, empty localStorage), with watchers for console errors,
 * page errors, failed or foreign requests and CSP violations. Closed when the test ends.
 */
async function openPage(t) {
  const context = await browser.newContext({
    viewport: { width: 1366, height: 860 },
    locale: 'vi-VN',
    serviceWorkers: 'block',
  });
  t.after(() => context.close());
  // Runs through the DevTools protocol, so the page's CSP does not apply to it.
  await context.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      window.__cspViolations.push(`${e.violatedDirective}: ${e.blockedURI}`);
    });
  });
  const page = await context.newPage();
  page.setDefaultTimeout(TIMEOUT);
  const watch = { problems: [], foreign: [], requests: [] };
  page.on('console', (msg) => {
    if (msg.type() === 'error') watch.problems.push(`console.error: ${msg.text()}`);
  });
  page.on('pageerror', (err) => watch.problems.push(`pageerror: ${err.message}`));
  page.on('request', (req) => {
    const url = req.url();
    watch.requests.push(url);
    if (!url.startsWith('data:') && new URL(url).origin !== origin) watch.foreign.push(url);
  });
  page.on('requestfailed', (req) => watch.problems.push(`request failed: ${req.url()}`));
  page.on('response', (res) => {
    if (res.status() >= 400) watch.problems.push(`HTTP ${res.status()}: ${res.url()}`);
  });
  return { page, watch };
}

async function gotoReady(page) {
  const response = await page.goto(`${baseUrl}www/`);
  await page.waitForSelector('body[data-ready="1"]');
  return response;
}

/** Number of checks the page has run (body[data-checks]). */
const checks = (page) => page.evaluate(() => Number(document.body.dataset.checks));

/** The items of #diagnostics as plain data. */
function readDiagnostics(page) {
  return page.$$eval('#diagnostics > li', (items) =>
    items.map((li) => ({
      code: li.dataset.code,
      severity: li.dataset.severity,
      start: Number(li.dataset.start),
      end: Number(li.dataset.end),
      badge: li.querySelector('.badge').textContent,
      message: li.querySelector('.message').textContent,
      loc: li.querySelector('.loc').textContent,
      excerpt: li.querySelector('.excerpt').textContent,
    })),
  );
}

/** Runs the package's check() inside the page (the module instance main.js initialised). */
function checkInPage(page, options) {
  return page.evaluate(async (opts) => {
    const { check } = await import('/pkg/index.js');
    return check(document.getElementById('input').value, opts);
  }, options);
}

/** Replace the textarea's content as a user would (one input event) and wait for the re-check. */
async function replaceText(page, text) {
  const before = await checks(page);
  await page.fill('#input', text);
  await page.waitForFunction((n) => Number(document.body.dataset.checks) > n, before);
}

function assertClean(watch, cspViolations) {
  assert.deepEqual(watch.problems, [], 'console errors, page errors or failed requests');
  assert.deepEqual(watch.foreign, [], 'requests to other origins');
  assert.deepEqual(cspViolations, [], 'CSP violations');
}

/** GET with the path sent as is (new URL() would resolve `%2e%2e` segments first). */
function get(path) {
  const { hostname, port } = new URL(baseUrl);
  return new Promise((resolve, reject) => {
    const req = httpRequest({ hostname, port, path, method: 'GET' }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => resolve({ res, body: Buffer.concat(chunks).toString('utf8') }));
    });
    req.on('error', reject);
    req.end();
  });
}

test('server: MIME types, CSP header, redirect, no escape from the repository', async () => {
  const root = await get('/');
  assert.equal(root.res.statusCode, 302);
  assert.equal(root.res.headers.location, '/www/');

  const expected = {
    '/www/': 'text/html; charset=utf-8',
    '/www/main.js': 'text/javascript; charset=utf-8',
    '/www/style.css': 'text/css; charset=utf-8',
    '/www/sample.txt': 'text/plain; charset=utf-8',
    '/pkg/thethuc_bg.wasm': 'application/wasm',
  };
  for (const [path, type] of Object.entries(expected)) {
    const { res } = await get(path);
    assert.equal(res.statusCode, 200, path);
    assert.equal(res.headers['content-type'], type, path);
    assert.equal(res.headers['content-security-policy'], CSP, path);
  }
  assert.equal((await get('/www/sample.txt')).body, sample);

  // `%2e%2e` segments are resolved by the URL parser (they stay inside: 404); an encoded `/`
  // only becomes a separator after decoding, and must be refused.
  for (const path of ['/%2e%2e/%2e%2e/etc/passwd', '/www/../../etc/passwd', '/..%2f..%2fetc/passwd', '/www/..%2F..%2F..%2Fetc%2Fpasswd']) {
    const { res, body } = await get(path);
    assert.ok([403, 404].includes(res.statusCode), `${path}: ${res.statusCode}`);
    assert.doesNotMatch(body, /root:/, path);
  }
  assert.equal((await get('/..%2f..%2fetc/passwd')).res.statusCode, 403);
  assert.equal((await get('/www/..%2F..%2FCargo.toml')).res.statusCode, 403);
  assert.equal((await get('/www/..%2FCargo.toml')).res.statusCode, 200, 'inside the repository');
  assert.equal((await get('/.git/HEAD')).res.statusCode, 403);
  assert.equal((await get('/no/such/file.txt')).res.statusCode, 404);
});

test('page loads the sample, checks it, and stays on its own origin', async (t) => {
  const { page, watch } = await openPage(t);
  const response = await gotoReady(page);
  assert.equal(response.headers()['content-security-policy'], CSP);
  assert.match(
    await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', 'content'),
    /script-src 'self' 'wasm-unsafe-eval'/,
  );

  assert.equal(await page.inputValue('#input'), sample.replace(/\r\n?/g, '\n'));
  assert.equal(await page.getAttribute('#doc-type', 'data-type'), 'thong-bao');
  assert.equal(await page.textContent('#doc-type-slug'), 'thong-bao');
  assert.equal(await page.textContent('#doc-type'), 'Thông báo');

  const shown = await readDiagnostics(page);
  assert.ok(shown.length > 0, 'the sample has findings');
  const report = await checkInPage(page, { mode: 'draft', lang: 'vi' });
  assert.equal(report.documentType, 'thong-bao');
  assert.deepEqual(
    shown.map((d) => [d.code, d.severity, d.start, d.end, d.message, d.loc]),
    report.diagnostics.map((d) => [d.code, d.severity, d.start, d.end, d.message, `${d.line}:${d.column}`]),
    'the list shows exactly the report of check()',
  );
  assert.ok(shown.some((d) => d.code === 'TT101' && d.badge === 'Lỗi'));

  // Counts by severity match the list.
  for (const severity of ['error', 'warning', 'info']) {
    const n = Number(await page.textContent(`#count-${severity}`));
    assert.equal(n, shown.filter((d) => d.severity === severity).length, severity);
  }

  // Components, with Vietnamese labels, in document order.
  const components = await page.$$eval('#components > li', (items) =>
    items.map((li) => [li.dataset.kind, li.querySelector('.comp-kind').textContent]),
  );
  assert.deepEqual(
    components.map(([kind]) => kind),
    report.components.map((c) => c.kind),
  );
  assert.ok(components.some(([kind, label]) => kind === 'noi-nhan' && label === 'Nơi nhận'));

  // The wasm is fetched once, and everything came from the local server.
  assert.equal(watch.requests.filter((u) => u.endsWith('/pkg/thethuc_bg.wasm')).length, 1);
  assert.ok(watch.requests.some((u) => u.endsWith('/www/sample.txt')));
  assertClean(watch, await page.evaluate(() => window.__cspViolations));
});

test('clicking a finding selects exactly its text in the editor', async (t) => {
  const { page, watch } = await openPage(t);
  await gotoReady(page);
  const report = await checkInPage(page, { mode: 'draft', lang: 'vi' });
  const items = page.locator('#diagnostics > li .diag-main');
  const count = await items.count();
  assert.equal(count, report.diagnostics.length);
  assert.ok(count > 0);

  for (let i = 0; i < count; i += 1) {
    await items.nth(i).click();
    const state = await page.evaluate(() => {
      const ta = document.getElementById('input');
      return {
        focused: document.activeElement === ta,
        start: ta.selectionStart,
        end: ta.selectionEnd,
        selected: ta.value.slice(ta.selectionStart, ta.selectionEnd),
      };
    });
    const d = report.diagnostics[i];
    const excerpt = await page.locator('#diagnostics > li .excerpt').nth(i).textContent();
    assert.ok(state.focused, 'the textarea has the focus');
    assert.deepEqual([state.start, state.end], [d.start, d.end], d.code);
    assert.equal(state.selected, excerpt, d.code);
  }

  // A component far down the text: selected, and scrolled into view.
  const noiNhan = report.components.find((c) => c.kind === 'noi-nhan');
  assert.ok(noiNhan, 'the sample has a Nơi nhận');
  await page.click('#components > li[data-kind="noi-nhan"] button');
  const sel = await page.evaluate(() => {
    const ta = document.getElementById('input');
    return { start: ta.selectionStart, end: ta.selectionEnd, scrollTop: ta.scrollTop };
  });
  assert.deepEqual([sel.start, sel.end], [noiNhan.start, noiNhan.end]);
  assert.ok(sel.scrollTop > 0, 'the textarea scrolled to the component');
  assert.match(await page.textContent('#cursor'), /^Dòng \d+, cột \d+ · chọn \d+ ký tự$/);

  // Show a finding selected in the screenshot.
  await items.first().click();
  await page.screenshot({ path: join(OUT_DIR, 'page.png') });
  assertClean(watch, await page.evaluate(() => window.__cspViolations));
});

test('typing re-checks once per change, with UTF-16 offsets on NFD text and emoji', async (t) => {
  const { page, watch } = await openPage(t);
  await gotoReady(page);
  const sampleCodes = (await readDiagnostics(page)).map((d) => d.code).join(' ');

  await replaceText(page, DRAFT);
  const value = await page.inputValue('#input');
  assert.equal(value, DRAFT, 'the textarea keeps NFD text as typed');
  assert.notEqual(value, value.normalize('NFC'));

  const shown = await readDiagnostics(page);
  const shownCodes = shown.map((d) => d.code);
  assert.notEqual(shownCodes.join(' '), sampleCodes, 'the list changed');
  for (const code of ['TT101', 'TT102', 'TT112', 'TT113']) {
    assert.ok(shownCodes.includes(code), `${code} in ${shownCodes.join(' ')}`);
  }
  assert.ok(!shownCodes.includes('TT103'), 'the issuing body is there');
  for (const d of shown) assert.equal(d.excerpt, DRAFT.slice(d.start, d.end), d.code);

  // TT101 flags the start of the document, within the first line (NFD: 18 UTF-16 units).
  const firstLine = DRAFT.split('\n')[0];
  assert.equal(firstLine.length, 18);
  const tt101 = shown.find((d) => d.code === 'TT101');
  assert.equal(tt101.start, 0);
  assert.ok(tt101.end <= firstLine.length);
  assert.equal(tt101.excerpt, firstLine.slice(0, tt101.end));
  // TT113 (blank day) comes after the 📎 surrogate pair and NFD letters: its range must be the
  // blank between "ngày" and "tháng" (offsets off by one would take in the "y" or the "t").
  const tt113 = shown.find((d) => d.code === 'TT113');
  const day = 'ngày'.normalize('NFD');
  const blankStart = DRAFT.indexOf(day) + day.length;
  const blankEnd = DRAFT.indexOf('tháng'.normalize('NFD'), blankStart);
  assert.ok(tt113.start >= blankStart && tt113.end <= blankEnd && tt113.end > tt113.start, `${tt113.start}-${tt113.end}`);
  assert.match(tt113.excerpt, /^ +$/);
  const lineStart = DRAFT.lastIndexOf('\n', tt113.start) + 1;
  assert.equal(tt113.loc, `6:${tt113.start - lineStart + 1}`);
  assert.equal(await page.getAttribute('#doc-type', 'data-type'), 'thong-bao');

  // Clicking it selects exactly that range.
  await page.locator('#diagnostics > li[data-code="TT113"] .diag-main').click();
  const selected = await page.evaluate(() => {
    const ta = document.getElementById('input');
    return [ta.selectionStart, ta.selectionEnd];
  });
  assert.deepEqual(selected, [tt113.start, tt113.end]);

  // A burst of input events, 10 ms apart (within the 150 ms debounce), gives exactly one check.
  const before = await checks(page);
  const gaps = await page.evaluate(async () => {
    const ta = document.getElementById('input');
    ta.value = ta.value.replace(/^.*\n.*\n/, ''); // drop the issuing body: TT103 appears
    const times = [];
    for (const ch of [' ', '🙂', ' ', '.', '.']) {
      ta.value += ch;
      ta.dispatchEvent(new Event('input', { bubbles: true }));
      times.push(performance.now());
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    return times.slice(1).map((t, i) => t - times[i]);
  });
  await page.waitForFunction((n) => Number(document.body.dataset.checks) > n, before);
  await page.waitForTimeout(400);
  const burstChecks = (await checks(page)) - before;
  if (Math.max(...gaps) < 120) {
    assert.equal(burstChecks, 1, `one check for the burst (gaps ${gaps.map(Math.round)} ms)`);
  } else {
    // The machine stalled for longer than the debounce: only ask for fewer checks than events.
    assert.ok(burstChecks < 5, `${burstChecks} checks for 5 events (gaps ${gaps.map(Math.round)} ms)`);
  }
  assert.equal(await page.evaluate(() => localStorage.getItem('thethuc.draft')), await page.inputValue('#input'));
  const codes = (await readDiagnostics(page)).map((d) => d.code);
  assert.ok(codes.includes('TT103'), codes.join(' '));

  // Real key presses (with an emoji) are checked too.
  await page.locator('#input').press('Control+Home');
  await page.keyboard.type('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n');
  await page.waitForFunction(
    () => ![...document.querySelectorAll('#diagnostics > li')].some((li) => li.dataset.code === 'TT101'),
  );
  const after = await readDiagnostics(page);
  const text = await page.inputValue('#input');
  for (const d of after) assert.equal(d.excerpt, text.slice(d.start, d.end), d.code);
  assertClean(watch, await page.evaluate(() => window.__cspViolations));
});

test('the draft is kept across a reload; the sample button brings the sample back', async (t) => {
  const { page, watch } = await openPage(t);
  await gotoReady(page);
  await replaceText(page, DRAFT);
  assert.equal(await page.evaluate(() => localStorage.getItem('thethuc.draft')), DRAFT);

  await page.reload();
  await page.waitForSelector('body[data-ready="1"]');
  assert.equal(await page.inputValue('#input'), DRAFT);
  const codes = (await readDiagnostics(page)).map((d) => d.code);
  assert.ok(codes.includes('TT101') && codes.includes('TT113'), codes.join(' '));

  const before = await checks(page);
  await page.click('#load-sample');
  await page.waitForFunction((n) => Number(document.body.dataset.checks) > n, before);
  assert.equal(await page.inputValue('#input'), sample);
  assert.equal(await page.evaluate(() => localStorage.getItem('thethuc.draft')), sample);
  await page.reload();
  await page.waitForSelector('body[data-ready="1"]');
  assert.equal(await page.inputValue('#input'), sample);
  assertClean(watch, await page.evaluate(() => window.__cspViolations));
});

test('options: English messages, final mode', async (t) => {
  const { page, watch } = await openPage(t);
  await gotoReady(page);
  const vi = await readDiagnostics(page);
  assert.ok(vi.length > 0);

  let before = await checks(page);
  await page.selectOption('#lang', 'en');
  await page.waitForFunction((n) => Number(document.body.dataset.checks) > n, before);
  const en = await readDiagnostics(page);
  assert.deepEqual(en.map((d) => d.code), vi.map((d) => d.code), 'same findings');
  for (let i = 0; i < en.length; i += 1) assert.notEqual(en[i].message, vi[i].message, en[i].code);
  assert.match(en.find((d) => d.code === 'TT101').message, /national title/i);
  assert.equal(await page.getAttribute('#diagnostics', 'lang'), 'en');
  const report = await checkInPage(page, { lang: 'en' });
  assert.deepEqual(en.map((d) => d.message), report.diagnostics.map((d) => d.message));

  // Draft → final: a blank number is an error, not info.
  assert.equal(vi.find((d) => d.code === 'TT112').severity, 'info');
  before = await checks(page);
  await page.selectOption('#mode', 'final');
  await page.waitForFunction((n) => Number(document.body.dataset.checks) > n, before);
  const final = await readDiagnostics(page);
  assert.equal(final.find((d) => d.code === 'TT112').severity, 'error');
  assert.equal(Number(await page.textContent('#count-info')), final.filter((d) => d.severity === 'info').length);

  // Options survive a reload.
  await page.reload();
  await page.waitForSelector('body[data-ready="1"]');
  assert.equal(await page.inputValue('#lang'), 'en');
  assert.equal(await page.inputValue('#mode'), 'final');
  assert.match((await readDiagnostics(page)).find((d) => d.code === 'TT101').message, /national title/i);
  assertClean(watch, await page.evaluate(() => window.__cspViolations));
});
