#!/usr/bin/env node
// Build the editor page (www/) into site/: static files in one folder, served at /www/ by
// scripts/serve.mjs (and deployable as they are to any static host that sends `.wasm` as
// application/wasm).
//
//   node scripts/build-www.mjs            # needs pkg/ (./scripts/build-wasm.sh) and node_modules
//
// site/ holds: index.html, app.js (the page: CodeMirror + the thethuc package from pkg/,
// bundled and minified by esbuild; the rule docs split into chunks/rule-docs-*.js, loaded when
// first opened), worker.js (pkg/worker.js bundled: checks large documents off
// the main thread), thethuc_bg.wasm (copied from pkg/: a separate same-origin asset, never
// inlined), style.css, editor.css (the editor's styles, loaded inside its shadow root),
// favicon.svg, and sizes.json (raw and gzip sizes of what the page loads).
import { build } from 'esbuild';
import { copyFile, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const PKG = join(ROOT, 'pkg');
const WWW = join(ROOT, 'www');
export const SITE = join(ROOT, 'site');

/**
 * Build the site into `outDir` (default site/). `thethuc`: the folder the page's `thethuc` imports
 * resolve to (default pkg/; the page test points it at a stand-in with a .docx reader).
 */
export async function buildSite({ quiet = false, outDir = SITE, thethuc = PKG } = {}) {
  for (const f of ['index.js', 'worker.js', 'worker-client.js', 'thethuc_bg.wasm']) {
    if (!existsSync(join(PKG, f))) throw new Error(`pkg/${f} is missing: run ./scripts/build-wasm.sh first`);
  }
  const started = performance.now();
  await rm(outDir, { recursive: true, force: true });
  await mkdir(outDir, { recursive: true });

  const common = {
    bundle: true,
    format: 'esm',
    minify: true,
    sourcemap: 'linked',
    target: ['chrome105', 'edge105', 'firefox115', 'safari16'],
    // The page imports the package as a consumer would (`thethuc`, `thethuc/worker-client`),
    // resolved to the freshly built pkg/.
    alias: { thethuc: resolve(thethuc) },
    legalComments: 'linked',
    // Vietnamese text as UTF-8, not \uXXXX escapes (a third larger); the page and the server
    // declare UTF-8.
    charset: 'utf8',
    logLevel: quiet ? 'error' : 'warning',
    metafile: true,
  };
  const results = await Promise.all([
    // Split: the rule docs (`import('thethuc/rule-docs')`) become a chunk loaded on first use.
    build({ ...common, entryPoints: { app: join(WWW, 'src', 'main.js') }, outdir: outDir, splitting: true, chunkNames: 'chunks/[name]-[hash]' }),
    build({ ...common, entryPoints: { worker: join(PKG, 'worker.js') }, outdir: outDir }),
    build({
      ...common,
      bundle: false,
      format: undefined,
      alias: undefined,
      legalComments: undefined,
      sourcemap: false,
      entryPoints: { style: join(WWW, 'style.css'), editor: join(WWW, 'editor.css') },
      outdir: outDir,
      loader: { '.css': 'css' },
    }),
  ]);
  for (const r of results) {
    if (r.errors.length) throw new Error(`esbuild: ${r.errors.length} errors`);
  }
  await copyFile(join(PKG, 'thethuc_bg.wasm'), join(outDir, 'thethuc_bg.wasm'));
  await copyFile(join(WWW, 'favicon.svg'), join(outDir, 'favicon.svg'));
  await copyFile(join(WWW, 'index.html'), join(outDir, 'index.html'));

  const chunks = (await readdir(join(outDir, 'chunks'))).filter((f) => f.endsWith('.js')).map((f) => `chunks/${f}`);
  const sizes = await measure(outDir, ['index.html', 'app.js', 'style.css', 'editor.css', 'thethuc_bg.wasm', 'favicon.svg'], ['worker.js', ...chunks]);
  await writeFile(join(outDir, 'sizes.json'), JSON.stringify(sizes, null, 2) + '\n');
  if (!quiet) {
    const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
    console.log(`build-www: ${outDir === SITE ? 'site/' : outDir} in ${Math.round(performance.now() - started)} ms`);
    for (const f of [...sizes.page.files, ...sizes.onDemand.files]) {
      console.log(`  ${f.file.padEnd(18)} ${kb(f.raw).padStart(10)} raw ${kb(f.gzip).padStart(10)} gzip`);
    }
    console.log(`  page total         ${kb(sizes.page.raw).padStart(10)} raw ${kb(sizes.page.gzip).padStart(10)} gzip` +
      `   (on demand: worker.js for documents ≥ 100,000 characters, the rule docs when opened)`);
  }
  return sizes;
}

async function measure(dir, pageFiles, onDemandFiles) {
  const one = async (file) => {
    const bytes = await readFile(join(dir, file));
    return { file, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
  };
  const sum = (files) => ({
    files,
    raw: files.reduce((n, f) => n + f.raw, 0),
    gzip: files.reduce((n, f) => n + f.gzip, 0),
  });
  return {
    page: sum(await Promise.all(pageFiles.map(one))),
    onDemand: sum(await Promise.all(onDemandFiles.map(one))),
  };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    await buildSite();
  } catch (err) {
    console.error(`build-www: ${err.message}`);
    process.exit(1);
  }
}
