// In-browser half of scripts/bench-wasm.mjs: cold start (fetch + compile + instantiate +
// first check of the seed) and median check times of the cases the runner passes in (texts
// through check, the 30-page .docx through checkDocx).
const t0 = performance.now();
const { default: init, check, checkDocx } = await import('../../pkg/index.js');
const tImported = performance.now();
await init();
const tReady = performance.now();
const seed = await (await fetch('../../www/sample.txt')).text();
const tSeed = performance.now();
check(seed);
const tFirst = performance.now();
window.coldStart = {
  importMs: tImported - t0,
  initMs: tReady - tImported,
  firstCheckMs: tFirst - tSeed,
  totalMs: tImported - t0 + (tReady - tImported) + (tFirst - tSeed),
};
window.runCase = (text, runs) => {
  const times = [];
  for (let i = 0; i < runs; i++) {
    const a = performance.now();
    check(text);
    times.push(performance.now() - a);
  }
  times.sort((x, y) => x - y);
  return times[Math.floor(times.length / 2)];
};
window.runDocx = (bytes, runs) => {
  const input = new Uint8Array(bytes);
  const times = [];
  for (let i = 0; i < runs; i++) {
    const a = performance.now();
    checkDocx(input);
    times.push(performance.now() - a);
  }
  times.sort((x, y) => x - y);
  return times[Math.floor(times.length / 2)];
};
document.body.dataset.ready = '1';
