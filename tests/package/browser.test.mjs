// The packed package in headless Chromium, from fresh projects that install the tarball:
//   - a Vite app (vite build) using check, toCodeMirror in a real CodeMirror editor, and the
//     worker that Vite bundles;
//   - an esbuild bundle (wasm copied beside it, the worker as a second entry point);
//   - a plain HTML portal form with no bundler and no script of its own, embedding
//     <thethuc-check> on a textarea and a contenteditable, under the strict CSP
//     `default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'`;
//   - createWorkerChecker from the plain page: the same report as check(), the newest wins.
// Every page is served by scripts/serve.mjs (which sends that CSP with every response) and
// must make no request to another origin and log no error or warning.
//
// Prerequisites: `./scripts/build-wasm.sh`, `npm ci`, /usr/bin/chromium.
// Run: `node --test tests/package/`.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { startServer, CSP } from '../../scripts/serve.mjs';
import { PKG, ROOT, SEED, assertClean, launchChromium, makeProject, openPage, urlPath } from './helpers.mjs';

const seed = readFileSync(SEED, 'utf8');
const { check: checkInNode, initSync } = await import(join(PKG, 'index.js'));
initSync({ module: readFileSync(join(PKG, 'thethuc_bg.wasm')) });

let server;
let baseUrl;
let origin;
let browser;

before(async () => {
  ({ server, url: baseUrl } = await startServer(0));
  origin = new URL(baseUrl).origin;
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await new Promise((resolve) => (server ? server.close(resolve) : resolve()));
});

async function readResult(page) {
  await page.waitForSelector('body[data-ready]');
  const text = await page.textContent('#result');
  assert.equal(await page.getAttribute('body', 'data-ready'), '1', text);
  return JSON.parse(text);
}

test('Vite: build an app that imports the package; run it in Chromium', async (t) => {
  const dir = makeProject('vite', { app: 'vite', inRepo: true });
  copyFileSync(SEED, join(dir, 'sample.txt'));
  const { build } = await import('vite');
  await build({
    root: dir,
    base: './',
    configFile: false,
    logLevel: 'warn',
    build: { outDir: 'dist', emptyOutDir: true },
  });

  const { page, watch } = await openPage(browser, t, origin);
  const response = await page.goto(`${baseUrl}${urlPath(dir).slice(1)}dist/`);
  assert.equal(response.headers()['content-security-policy'], CSP);
  const r = await readResult(page);

  const expected = checkInNode(seed);
  assert.deepEqual(r.report, expected, 'the same report as in Node');
  assert.equal(r.version, expected.version);
  assert.ok(r.rules > 10);
  const byPosition = (a, b) => a.from - b.from || a.to - b.to || a.source.localeCompare(b.source);
  assert.deepEqual(
    [...r.shown].sort(byPosition),
    expected.diagnostics.map((d) => ({ from: d.start, to: d.end, severity: d.severity, source: d.code })).sort(byPosition),
    'CodeMirror shows every diagnostic at its UTF-16 range',
  );
  assert.ok(r.afterFix.startsWith('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'), 'the fix action edited the document');
  assert.notEqual(r.afterFix, seed);
  assert.equal(r.afterFix, r.fixedOne, 'the action made the same edit as applyFixes on its diagnostic');
  assert.equal(r.sameInWorker, true, 'the worker gives the same report');
  assert.deepEqual(r.burst, ['AbortError', 'AbortError', 'final']);
  assert.equal(r.finalMatches, true);

  // The wasm is a separate asset, fetched by the page and by the worker.
  const wasm = watch.requests.filter((u) => /\/assets\/thethuc_bg-[\w-]+\.wasm$/.test(u));
  assert.ok(wasm.length >= 1, watch.requests.join('\n'));
  assert.ok(watch.requests.some((u) => /\/assets\/worker-[\w-]+\.js$/.test(u)), 'the bundled worker');
  // @codemirror/lint's theme draws its underlines and gutter markers with data: SVG images,
  // which `default-src 'self'` refuses (an editor page wants `img-src 'self' data:`). That is
  // CodeMirror's, not the package's: set those aside, and nothing else may fail.
  const codemirrorIcon = /Loading the image 'data:image\/svg\+xml/;
  assert.ok(watch.problems.some((p) => codemirrorIcon.test(p)), 'CodeMirror did render its lint markers');
  watch.problems = watch.problems.filter((p) => !codemirrorIcon.test(p));
  await page.evaluate(() => {
    window.__cspViolations = window.__cspViolations.filter((v) => !/^img-src: data$/.test(v));
  });
  await assertClean(page, watch);
});

test('esbuild: bundle an app that imports the package; run it in Chromium', async (t) => {
  const dir = makeProject('esbuild', { app: 'esbuild', inRepo: true });
  const { build } = await import('esbuild');
  const dist = join(dir, 'dist');
  mkdirSync(dist, { recursive: true });
  await build({
    absWorkingDir: dir,
    entryPoints: { main: 'main.js', worker: 'thethuc/worker.js' },
    bundle: true,
    format: 'esm',
    outdir: dist,
    logLevel: 'warning',
  });
  copyFileSync(join(dir, 'node_modules/thethuc/thethuc_bg.wasm'), join(dist, 'thethuc_bg.wasm'));
  for (const f of ['index.html', 'favicon.svg']) copyFileSync(join(dir, f), join(dist, f));
  copyFileSync(SEED, join(dist, 'sample.txt'));

  const { page, watch } = await openPage(browser, t, origin);
  await page.goto(`${baseUrl}${urlPath(dir).slice(1)}dist/`);
  const r = await readResult(page);
  assert.deepEqual(r.report, checkInNode(seed));
  assert.equal(r.sameInWorker, true);
  await assertClean(page, watch);
});

// ---------------------------------------------------------------- the drop-in element

const escapeHtml = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The contenteditable's draft, one <div> per line (<div><br></div> for a blank line). */
const EDITABLE_LINES = [
  'ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN',
  'Số:     /TB-UBND',
  '',
  'Lạng Sơn, ngày    tháng 8 năm 2020',
  'THÔNG BÁO',
  'Kết luận phiên họp thường kỳ tháng 7 năm 2020',
  'Ngày 29/7/2020, UBND tỉnh đã họp và thống nhất các nội dung sau đây.',
  'Nơi nhận:',
  '- Lưu: VT.',
  'CHỦ TỊCH',
  'Nguyễn Văn An',
];
const EDITABLE_TEXT = EDITABLE_LINES.join('\n');

let plainDir;
function plainPage() {
  if (plainDir) return plainDir;
  plainDir = makeProject('plain', { app: 'plain', inRepo: true });
  const template = readFileSync(join(plainDir, 'index.template.html'), 'utf8');
  const editable = EDITABLE_LINES.map((l) => (l ? `<div>${escapeHtml(l)}</div>` : '<div><br></div>')).join('');
  // A textarea's first newline after the tag is dropped by the HTML parser: add one.
  writeFileSync(join(plainDir, 'index.html'), template.replace('{{SEED}}', `\n${escapeHtml(seed)}`).replace('{{EDITABLE}}', editable));
  return plainDir;
}

async function openPlain(t) {
  const dir = plainPage();
  const { page, watch, context } = await openPage(browser, t, origin);
  const response = await page.goto(`${baseUrl}${urlPath(dir).slice(1)}index.html`);
  assert.equal(response.headers()['content-security-policy'], CSP);
  await page.waitForFunction(() => window.__reports.some((r) => r.target === 'check-draft'));
  await page.waitForFunction(() => window.__reports.some((r) => r.target === 'check-editable'));
  return { page, watch, context, dir };
}

/** The items of a panel as plain data (Playwright's CSS engine pierces open shadow roots). */
function panelItems(page, id) {
  return page.$$eval(`#${id} li`, (items) =>
    items.map((li) => ({
      code: li.dataset.code,
      severity: li.dataset.severity,
      badge: li.querySelector('.badge').textContent,
      message: li.querySelector('.message').textContent,
      loc: li.querySelector('.loc').textContent,
    })),
  );
}

/** Input/change listeners on an element, through the DevTools protocol. */
async function listeners(context, page, selector) {
  const cdp = await context.newCDPSession(page);
  const { result } = await cdp.send('Runtime.evaluate', { expression: `document.querySelector(${JSON.stringify(selector)})` });
  const { listeners: all } = await cdp.send('DOMDebugger.getEventListeners', { objectId: result.objectId });
  await cdp.detach();
  return all.map((l) => l.type).sort();
}

const reportsFrom = (page, target) => page.evaluate((t) => window.__reports.filter((r) => r.target === t), target);

test('drop-in: <thethuc-check> on a textarea under the strict CSP — list, event, click-to-select, styles', async (t) => {
  const { page, watch, context } = await openPlain(t);
  const expected = checkInNode(seed);

  // The event: once per check, from the element, with the Report.
  const events = await reportsFrom(page, 'check-draft');
  assert.equal(events.length, 1);
  assert.deepEqual(events[0].report, expected);

  // The list: one item per diagnostic, in order, with Vietnamese badges.
  const items = await panelItems(page, 'check-draft');
  assert.deepEqual(
    items.map((i) => [i.code, i.severity, i.message, i.loc]),
    expected.diagnostics.map((d) => [d.code, d.severity, d.message, `${d.line}:${d.column}`]),
  );
  assert.equal(items.find((i) => i.code === 'TT101').badge, 'Lỗi');
  assert.equal(items.find((i) => i.code === 'TT112').badge, 'Thông tin');
  const summary = await page.textContent('#check-draft .summary');
  const errors = expected.diagnostics.filter((d) => d.severity === 'error').length;
  assert.ok(summary.startsWith(`${errors} lỗi`), summary);

  // Click-to-select: every item selects exactly its range in the textarea.
  const value = await page.inputValue('#draft');
  assert.equal(value, seed);
  for (const [i, d] of expected.diagnostics.entries()) {
    await page.locator('#check-draft li button').nth(i).click();
    const state = await page.evaluate(() => {
      const ta = document.getElementById('draft');
      return { focused: document.activeElement === ta, sel: [ta.selectionStart, ta.selectionEnd] };
    });
    assert.ok(state.focused, d.code);
    assert.deepEqual(state.sel, [d.start, d.end], d.code);
  }
  // Selecting scrolls the textarea to the text: scroll to the bottom, click the first item.
  await page.evaluate(() => {
    const ta = document.getElementById('draft');
    ta.scrollTop = ta.scrollHeight;
  });
  const bottom = await page.evaluate(() => document.getElementById('draft').scrollTop);
  assert.ok(bottom > 500, `the seed overflows the textarea (${bottom})`);
  await page.locator('#check-draft li button').first().click();
  assert.ok((await page.evaluate(() => document.getElementById('draft').scrollTop)) < 100, 'scrolled back to the top');

  await page.mouse.move(0, 0); // no :hover
  // Styles: a constructable stylesheet in the shadow root (no <style>, no style attributes in
  // the panel); the portal's CSS does not reach in; custom properties do.
  const styling = await page.evaluate(() => {
    const host = document.getElementById('check-draft');
    const root = host.shadowRoot;
    const badge = root.querySelector('li.error .badge');
    const before = getComputedStyle(badge).backgroundColor;
    host.style.setProperty('--thethuc-error', 'rgb(0, 128, 0)');
    const after = getComputedStyle(badge).backgroundColor;
    host.style.removeProperty('--thethuc-error');
    return {
      sheets: root.adoptedStyleSheets.length,
      styleElements: root.querySelectorAll('style').length,
      styleAttributes: [...root.querySelectorAll('.panel [style]')].length,
      before,
      after,
      button: getComputedStyle(root.querySelector('button')).backgroundColor,
    };
  });
  assert.deepEqual(styling, {
    sheets: 1,
    styleElements: 0,
    styleAttributes: 0,
    before: 'rgb(179, 38, 30)',
    after: 'rgb(0, 128, 0)',
    button: 'rgba(0, 0, 0, 0)',
  });

  // Typing re-checks (debounced): add the quốc hiệu and tiêu ngữ at the top.
  await page.locator('#draft').press('Control+Home');
  await page.keyboard.type('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n');
  await page.waitForFunction(() => {
    const last = window.__reports.filter((r) => r.target === 'check-draft').at(-1);
    return !last.codes.includes('TT101') && !last.codes.includes('TT102');
  });
  const typed = await page.inputValue('#draft');
  const last = (await reportsFrom(page, 'check-draft')).at(-1);
  assert.deepEqual(last.report, checkInNode(typed));
  assert.ok((await reportsFrom(page, 'check-draft')).length < 20, 'debounced, not one check per key');
  assert.deepEqual(
    (await panelItems(page, 'check-draft')).map((i) => i.code),
    last.codes,
  );

  // No globals: the module defined the element and nothing else.
  assert.deepEqual(
    await page.evaluate(() => ({
      defined: customElements.get('thethuc-check')?.name,
      globals: Object.keys(window).filter((k) => /thethuc|wasm|wbg/i.test(k)),
    })),
    { defined: 'ThethucCheckElement', globals: [] },
  );
  assert.deepEqual(await listeners(context, page, '#draft'), ['change', 'input']);

  // Only its own files: the element module graph and one wasm.
  const wasm = watch.requests.filter((u) => u.endsWith('/node_modules/thethuc/thethuc_bg.wasm'));
  assert.equal(wasm.length, 1, 'the wasm is fetched once for both elements');
  await assertClean(page, watch);
});

test('drop-in: a contenteditable (English, final mode), click-to-select, typing', async (t) => {
  const { page, watch } = await openPlain(t);
  const expected = checkInNode(EDITABLE_TEXT, { lang: 'en', mode: 'final' });
  const [event] = await reportsFrom(page, 'check-editable');
  assert.deepEqual(event.report, expected, 'thethuc reads the <div> lines as lines');

  const items = await panelItems(page, 'check-editable');
  assert.deepEqual(items.map((i) => i.code), expected.diagnostics.map((d) => d.code));
  assert.equal(items.find((i) => i.code === 'TT101').badge, 'Error');
  assert.equal(items.find((i) => i.code === 'TT112').severity, 'error', 'final mode');
  for (const [i, d] of expected.diagnostics.entries()) {
    await page.locator('#check-editable li button').nth(i).click();
    const state = await page.evaluate(() => ({
      focused: document.activeElement === document.getElementById('editable'),
      selected: getSelection().toString(),
      inside: document.getElementById('editable').contains(getSelection().anchorNode),
    }));
    assert.ok(state.focused && state.inside, d.code);
    const want = EDITABLE_TEXT.slice(d.start, d.end);
    if (!want.includes('\n')) assert.equal(state.selected, want, d.code);
  }

  // Typing in the contenteditable re-checks.
  await page.evaluate(() => {
    const el = document.getElementById('editable');
    el.focus();
    const range = document.createRange();
    range.setStart(el.firstChild.firstChild, 0);
    range.collapse(true);
    getSelection().removeAllRanges();
    getSelection().addRange(range);
  });
  await page.keyboard.type('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Độc lập - Tự do - Hạnh phúc');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => {
    const last = window.__reports.filter((r) => r.target === 'check-editable').at(-1);
    return !last.codes.includes('TT101') && !last.codes.includes('TT102');
  });
  await assertClean(page, watch);
});

test('drop-in: removing the element and attach().detach() clean up; attach() fires on the field', async (t) => {
  const { page, watch, context } = await openPlain(t);
  assert.deepEqual(await listeners(context, page, '#draft'), ['change', 'input']);

  // Remove <thethuc-check for="draft">: listeners gone, panel gone, no more events.
  const shadowChildren = await page.evaluate(() => {
    const el = document.getElementById('check-draft');
    el.remove();
    return el.shadowRoot.childNodes.length + el.shadowRoot.adoptedStyleSheets.length;
  });
  assert.equal(shadowChildren, 0);
  assert.deepEqual(await listeners(context, page, '#draft'), []);
  const before = (await reportsFrom(page, 'check-draft')).length;
  await page.locator('#draft').press('Control+Home');
  await page.keyboard.type('CỘNG HÒA ');
  await page.waitForTimeout(500);
  assert.equal((await reportsFrom(page, 'check-draft')).length, before, 'no checks after removal');

  // attach() on another textarea, from script (the page's own module instance).
  const result = await page.evaluate(async () => {
    const { attach } = await import('./node_modules/thethuc/element.js');
    const ta = document.getElementById('third');
    const handle = attach(ta, { lang: 'en', debounce: 20 });
    const host = ta.nextElementSibling;
    const report = await handle.check();
    const out = {
      hostClass: host.className,
      items: [...host.shadowRoot.querySelectorAll('li')].map((li) => li.dataset.code),
      codes: report.diagnostics.map((d) => d.code),
    };
    // Programmatic input events re-check (debounced).
    ta.value = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nTHÔNG BÁO';
    ta.dispatchEvent(new Event('input', { bubbles: true }));
    await new Promise((resolve) => setTimeout(resolve, 200));
    out.after = [...host.shadowRoot.querySelectorAll('li')].map((li) => li.dataset.code);
    window.__handle = handle;
    return out;
  });
  assert.equal(result.hostClass, 'thethuc-panel');
  assert.deepEqual(result.items, result.codes);
  assert.ok(result.codes.includes('TT101'));
  assert.ok(!result.after.includes('TT101'), result.after.join(' '));
  const onField = await reportsFrom(page, 'third');
  assert.ok(onField.length >= 2, 'thethuc-report fires on the field for attach()');
  assert.deepEqual(await listeners(context, page, '#third'), ['change', 'input']);

  const detached = await page.evaluate(() => {
    window.__handle.detach();
    window.__handle.detach(); // idempotent
    const ta = document.getElementById('third');
    return { next: ta.nextElementSibling?.localName ?? null, panels: document.querySelectorAll('.thethuc-panel').length };
  });
  assert.deepEqual(detached, { next: null, panels: 0 });
  assert.deepEqual(await listeners(context, page, '#third'), []);
  await assertClean(page, watch);
});

test('a trap inside the wasm on the main thread: an Error, a synchronous restart, the next check as before', async (t) => {
  const { page, watch } = await openPlain(t);
  const r = await page.evaluate(async (text) => {
    const api = await import('./node_modules/thethuc/index.js');
    const glue = await import('./node_modules/thethuc/thethuc_wasm.js');
    await api.default();
    const before = JSON.stringify(api.check(text));
    // A fresh instance, its memory filled to the limit: the next allocation inside fails.
    const { memory } = glue.__thethuc_restart();
    memory.grow(65536 - memory.buffer.byteLength / 65536); // to the wasm32 limit, 4 GiB
    let thrown = null;
    try {
      api.check(text.repeat(40));
    } catch (err) {
      thrown = { isError: err instanceof Error, code: err.code, message: err.message, cause: err.cause?.constructor?.name };
    }
    return { before, after: JSON.stringify(api.check(text)), thrown, full: memory.buffer.byteLength };
  }, seed);
  assert.equal(r.full, 4 * 1024 ** 3);
  assert.equal(r.thrown?.isError, true);
  assert.equal(r.thrown.code, 'internal');
  assert.equal(r.thrown.cause, 'RuntimeError');
  assert.match(r.thrown.message, /restarted/);
  assert.equal(r.after, r.before);
  await assertClean(page, watch);
});

test('worker: createWorkerChecker returns the same report as check(); the newest request wins', async (t) => {
  const { page, watch } = await openPlain(t);
  const r = await page.evaluate(async (text) => {
    const { createWorkerChecker } = await import('./node_modules/thethuc/worker-client.js');
    const { check } = await import('./node_modules/thethuc/index.js');
    const checker = createWorkerChecker();
    const fromWorker = await checker.check(text);
    const options = { mode: 'final', lang: 'en' };
    const burst = await Promise.allSettled([
      checker.check(text.slice(0, 100)),
      checker.check(text.slice(0, 200)),
      checker.check(text.slice(0, 300)),
      checker.check(text, options),
    ]);
    let invalid = null;
    try {
      await checker.check(text, { mode: 'drafty' });
    } catch (err) {
      invalid = `${err.name}: ${err.message}`;
    }
    const afterError = await checker.check('THÔNG BÁO');
    checker.terminate();
    let terminated = null;
    try {
      await checker.check(text);
    } catch (err) {
      terminated = err.message;
    }
    // A wasm that cannot be loaded rejects the checks, with the reason.
    const broken = createWorkerChecker({ wasmUrl: './no-such.wasm' });
    let brokenError = null;
    try {
      await broken.check(text);
    } catch (err) {
      brokenError = err.message;
    }
    return {
      same: JSON.stringify(fromWorker) === JSON.stringify(check(text)),
      burst: burst.map((b) => (b.status === 'fulfilled' ? 'ok' : b.reason.name)),
      lastSame: JSON.stringify(burst[3].value) === JSON.stringify(check(text, options)),
      invalid,
      afterError: afterError.documentType,
      terminated,
      brokenError,
    };
  }, seed);
  assert.deepEqual(r, {
    same: true,
    burst: ['AbortError', 'AbortError', 'AbortError', 'ok'],
    lastSame: true,
    invalid: r.invalid,
    afterError: 'thong-bao',
    terminated: 'thethuc: the worker checker was terminated',
    brokenError: r.brokenError,
  });
  assert.match(r.invalid ?? '', /^Error: thethuc: invalid options: .*`drafty`/);
  assert.match(r.brokenError ?? '', /cannot load the wasm: .*404/);
  // The worker fetched the wasm itself.
  assert.ok(watch.requests.filter((u) => u.endsWith('/node_modules/thethuc/thethuc_bg.wasm')).length >= 2, watch.requests.join('\n'));
  // The broken worker's 404 is expected; nothing else may fail.
  watch.problems = watch.problems.filter((p) => !p.includes('no-such.wasm'));
  await assertClean(page, watch);
});
