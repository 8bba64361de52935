// Shared by the package tests: pack pkg/ with `npm pack`, install the tarball into fresh
// projects (offline: the package has no dependencies), and drive Chromium.
//
// Prerequisites: `./scripts/build-wasm.sh` (pkg/), `npm ci` (vite, esbuild, typescript,
// playwright-core, @codemirror/*), /usr/bin/chromium. Run: `node --test tests/package/`.
// KEEP_PACKAGE_TESTS=1 keeps the temporary projects (under target/package-tests/).

import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const PKG = join(ROOT, 'pkg');
export const APPS = join(ROOT, 'tests/package/apps');
/** In CI the repository is cloned with `shared/` beside it. */
export const SEED = resolve(ROOT, '../shared/corpus/seed/thong-bao-ket-luan-lang-son-2020.txt');
export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const NPM = process.platform === 'win32' ? 'npm.cmd' : 'npm';

export const pkgJson = () => JSON.parse(readFileSync(join(PKG, 'package.json'), 'utf8'));

function npm(args, cwd) {
  return execFileSync(NPM, args, {
    cwd,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, npm_config_update_notifier: 'false', npm_config_fund: 'false', npm_config_audit: 'false' },
  });
}

/** Temporary directories made by this process, removed at exit unless KEEP_PACKAGE_TESTS=1. */
const made = [];
process.on('exit', () => {
  if (process.env.KEEP_PACKAGE_TESTS === '1') return;
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

/**
 * A fresh directory. `inRepo`: under target/package-tests/, so that the project's own
 * node_modules (with the tarball) comes first and the repository's dev dependencies (vite,
 * @codemirror/*) are found above it; otherwise in the system temp dir, with nothing above.
 */
export function tempDir(prefix, { inRepo = false } = {}) {
  const parent = inRepo ? join(ROOT, 'target/package-tests') : tmpdir();
  mkdirSync(parent, { recursive: true });
  const dir = mkdtempSync(join(parent, `${prefix}-`));
  made.push(dir);
  return dir;
}

let tarball;
/** `npm pack` pkg/ once per process; returns the .tgz path and npm's file list. */
export function pack() {
  if (tarball) return tarball;
  assert.ok(existsSync(join(PKG, 'thethuc_bg.wasm')), 'pkg/ is not built: run ./scripts/build-wasm.sh first');
  const dest = tempDir('tarball');
  const [info] = JSON.parse(npm(['pack', PKG, '--pack-destination', dest, '--json'], ROOT));
  tarball = { path: join(dest, info.filename), files: info.files.map((f) => f.path).sort(), info };
  return tarball;
}

/**
 * A fresh project: package.json, the files of tests/package/apps/<app>/ (if any), and the
 * tarball installed with `npm install --offline` (which fails if the package has dependencies
 * not already in node_modules: it has none).
 */
export function makeProject(name, { app, inRepo = false } = {}) {
  const { path } = pack();
  const dir = tempDir(name, { inRepo });
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: `thethuc-test-${name}`, private: true, type: 'module' }, null, 2));
  if (app) cpSync(join(APPS, app), dir, { recursive: true });
  npm(['install', '--offline', '--no-audit', '--no-fund', '--no-package-lock', path], dir);
  return dir;
}

/** Chromium, as tests/e2e launches it. */
export async function launchChromium() {
  const { chromium } = await import('playwright-core');
  assert.ok(existsSync(CHROMIUM), `no Chromium at ${CHROMIUM} (set CHROMIUM_PATH)`);
  return chromium.launch({
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
}

/**
 * A page in a fresh context with watchers for console errors, page errors, failed, 4xx/5xx or
 * foreign requests, and CSP violations; `thethuc-report` events are recorded from the start
 * (window.__reports: [{ target, codes }]). Closed when the test ends.
 */
export async function openPage(browser, t, origin) {
  const context = await browser.newContext({ viewport: { width: 1200, height: 900 }, serviceWorkers: 'block' });
  t.after(() => context.close());
  // Runs through the DevTools protocol, so the page's CSP does not apply to it.
  await context.addInitScript(() => {
    window.__cspViolations = [];
    window.__reports = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      window.__cspViolations.push(`${e.violatedDirective}: ${e.blockedURI}`);
    });
    document.addEventListener('thethuc-report', (e) => {
      const target = e.composedPath()[0];
      window.__reports.push({
        target: target.id || target.localName,
        codes: e.detail.diagnostics.map((d) => d.code),
        report: e.detail,
      });
    });
  });
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  const watch = { problems: [], foreign: [], requests: [] };
  page.on('console', (msg) => {
    if (msg.type() === 'error' || msg.type() === 'warning') watch.problems.push(`console.${msg.type()}: ${msg.text()}`);
  });
  page.on('pageerror', (err) => watch.problems.push(`pageerror: ${err.message}`));
  // Context-level events: requests of the page and of its workers, each once.
  context.on('request', (req) => {
    const url = req.url();
    watch.requests.push(url);
    if (!url.startsWith('data:') && !url.startsWith('blob:') && new URL(url).origin !== origin) watch.foreign.push(url);
  });
  context.on('requestfailed', (req) => watch.problems.push(`request failed: ${req.url()}`));
  context.on('response', (res) => {
    if (res.status() >= 400) watch.problems.push(`HTTP ${res.status()}: ${res.url()}`);
  });
  return { page, watch, context };
}

export async function assertClean(page, watch) {
  assert.deepEqual(watch.problems, [], 'console errors or warnings, page errors or failed requests');
  assert.deepEqual(watch.foreign, [], 'requests to other origins');
  assert.deepEqual(await page.evaluate(() => window.__cspViolations), [], 'CSP violations');
}

/** URL path of a directory under the repository (served by scripts/serve.mjs). */
export const urlPath = (dir) => '/' + dir.slice(ROOT.length + 1).split(/[\\/]/).join('/') + '/';
