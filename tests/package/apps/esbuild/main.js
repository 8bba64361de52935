// An esbuild bundle of the installed package: the wasm is copied beside the bundle and the
// worker is a second entry point named `worker` (see the package README).
import init, { check, version } from 'thethuc';
import { createWorkerChecker } from 'thethuc/worker-client';

async function main() {
  const text = await (await fetch(new URL('./sample.txt', import.meta.url))).text();
  await init();
  const report = check(text);
  const checker = createWorkerChecker();
  const fromWorker = await checker.check(text);
  checker.terminate();
  return { version: version(), report, sameInWorker: JSON.stringify(fromWorker) === JSON.stringify(report) };
}

main().then(
  (result) => {
    document.getElementById('result').textContent = JSON.stringify(result);
    document.body.dataset.ready = '1';
  },
  (err) => {
    document.getElementById('result').textContent = `FAILED: ${err && err.stack ? err.stack : err}`;
    document.body.dataset.ready = 'error';
  },
);
