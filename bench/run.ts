/**
 * `npm run bench`: the built extension in Chromium on the practice console, measured against
 * driver.js in the same run. Writes bench/results.json and prints a Markdown table with each
 * figure's target and whether it was met. BENCH_TRIALS sets the trials per figure (default 50);
 * see bench/README.md for what each figure means and how it is measured.
 */
import { execFileSync } from 'node:child_process';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { writeFileSync } from 'node:fs';
import { summarise, type Summary } from './stats';
import { benchPack, checklistPack, libraryPacks, LIBRARY_PACK_PREFIX, someProgress } from './pack';
import { closeSession, freshDashboard, installPacks, installProgress, openSession, setActiveStep, type BenchSession } from './session';
import { driverTimeToCallout, routeChangeToCallout, timeToCallout } from './scenarios/callout';
import { extensionCallsPerSecond, measuredStormRate, pairedScripting } from './scenarios/idle';
import { heapAfterLoad } from './scenarios/memory';
import { libraryReady, popupReady } from './scenarios/pages';
import { tracedScripting } from './scenarios/trace';
import { measure, withTimeout, type Measured } from './guard';
import type { Attribution } from './trace-attribution';
import { OUTPUT_DIR, gzipSize, pageFiles } from '../test/support/bundle-sizes';
import { chromiumPath, ROOT_DIR } from '../test/support/launch';
import { DRIVER_SCRIPT, DRIVER_STYLES } from './driver-files';

const TRIALS = Math.max(1, Number(process.env.BENCH_TRIALS ?? 50));
const WINDOW_MS = 1000;
/** The trace's window: whole seconds, each one sample of the trace-attributed figure. */
const TRACE_SECONDS = Math.min(TRIALS, 20);
/** Windows of extension calls with no tutorial: a count expected to be 0 in every one. */
const IDLE_WINDOWS = Math.min(TRIALS, 30);
/** Heap samples are nearly constant from one load to the next: fewer loads are enough. */
const HEAP_TRIALS = Math.min(TRIALS, 20);
const SHORT_ROWS = 40;
const LONG_ROWS = 300;
const LIBRARY_PACKS = 50;
/** The whole run is given up (with what it has) after this long. */
const WATCHDOG_MS = 40 * 60_000;

const began = Date.now();
const log = (line: string) => console.error(`▸ [${Math.round((Date.now() - began) / 1000)} s] ${line}`);
/** A generous deadline for a figure of `trials` trials of about `perTrialMs` each. */
const deadline = (trials: number, perTrialMs: number) => 120_000 + trials * perTrialMs * 5;

// ---- What was measured (filled in as the run goes, so that a stopped run still reports). ----
type Samples = Measured<number[]>;
const fig: {
  callout?: Samples;
  driver?: Samples;
  route?: Samples;
  scripting?: Measured<number[][]>;
  trace?: Measured<Attribution>;
  stormRate?: Measured<number>;
  activeCalls?: Samples;
  idleCalls?: Samples;
  heapIdle?: Samples;
  heapActive?: Samples;
  heapWithout?: Samples;
  popupShort?: Samples;
  popupLong?: Samples;
  library?: Samples;
} = {};

const watchdog = setTimeout(() => {
  console.error(`▸ the benchmark did not finish within ${WATCHDOG_MS / 60_000} minutes: reporting what it has`);
  report();
  process.exit(2); // Playwright closes the browsers it started as the process exits.
}, WATCHDOG_MS);
watchdog.unref();

const notRun = (reason: string): Measured<never> => ({ ok: false, reason });
const session = (withExtension: boolean) =>
  measure(`starting Chromium ${withExtension ? 'with' : 'without'} the extension`, 180_000, () => openSession(withExtension));

// ---- The run. ----
const pack = benchPack();
const shortPack = checklistPack(SHORT_ROWS, 'bench-checklist', 'Forty steps');
const longPack = checklistPack(LONG_ROWS, 'bench-checklist-long', 'Three hundred steps');

const A = await session(true);
let W: Measured<BenchSession> | undefined;
if (A.ok) {
  const { page, worker, practice, extensionId } = A.value;
  const reload = () => freshDashboard(page);
  await withTimeout(installPacks(worker!, [pack, shortPack]), 30_000, 'installing the packs');

  log(`time to callout, ${TRIALS} trials (Console Coach), then driver.js in the same page`);
  fig.callout = await measure('time to callout', deadline(TRIALS, 500), () => timeToCallout(page, worker!, TRIALS), reload);
  fig.driver = await measure('driver.js time to callout', deadline(TRIALS, 200), () => driverTimeToCallout(page, worker!, TRIALS), reload);
  log('route change to callout');
  fig.route = await measure('route change to callout', deadline(TRIALS, 1000), () => routeChangeToCallout(page, worker!, TRIALS), reload);

  log('scripting under a mutation storm, step waiting, against the same page without the extension');
  // Script time first, on freshly loaded pages: call-count coverage (used after) slows every script
  // compiled while it is on, which would inflate the figure. Windows alternate between the pages.
  const cdp = await practice.context.newCDPSession(page);
  const waiting = async () => {
    await setActiveStep(worker!, 'bench', 'waiting-forever');
    await freshDashboard(page);
    await page.locator('console-coach-overlay [data-cc="callout"]').waitFor();
  };
  const stepWaits = await measure('a step waiting on a fresh page', 120_000, waiting, reload);
  if (!stepWaits.ok) fig.scripting = fig.trace = notRun(stepWaits.reason);
  else {
    W = await session(false);
    if (!W.ok) fig.scripting = notRun(W.reason);
    else {
      const without = W.value;
      const cdpWithout = await without.practice.context.newCDPSession(without.page);
      fig.scripting = await measure('scripting under the storm', deadline(TRIALS, 2600), () => pairedScripting([[page, cdp], [without.page, cdpWithout]], TRIALS, WINDOW_MS), reload);
    }
  }
  if (stepWaits.ok) {
    log(`trace of ${TRACE_SECONDS} s under the storm, step waiting: the extension's own script time`);
    fig.trace = await measure('trace-attributed scripting', 300_000 + TRACE_SECONDS * 5000, () => tracedScripting(page, cdp, extensionId!, TRACE_SECONDS), reload);
  }

  log('idle cost under a mutation storm');
  fig.stormRate = await measure('storm rate', 60_000, () => measuredStormRate(page), reload);
  fig.activeCalls = stepWaits.ok
    ? await measure('extension calls, step waiting', deadline(Math.min(TRIALS, 10), 1200), () => extensionCallsPerSecond(page, cdp, Math.min(TRIALS, 10), WINDOW_MS), reload)
    : notRun(stepWaits.reason);
  fig.idleCalls = await measure(
    'extension calls, no tutorial',
    deadline(IDLE_WINDOWS, 1200),
    async () => {
      await setActiveStep(worker!, null);
      await freshDashboard(page);
      await page.locator('console-coach-overlay [data-cc="dock"]').waitFor();
      return extensionCallsPerSecond(page, cdp, IDLE_WINDOWS, WINDOW_MS);
    },
    reload,
  );

  log(`memory, ${HEAP_TRIALS} loads each: page with the extension, idle and with a tutorial running`);
  fig.heapIdle = await measure('heap, idle', deadline(HEAP_TRIALS, 2000), async () => {
    await setActiveStep(worker!, null);
    return heapAfterLoad(page, cdp, HEAP_TRIALS, (p) => p.locator('console-coach-overlay [data-cc="dock"]').waitFor());
  });
  fig.heapActive = await measure('heap, tutorial running', deadline(HEAP_TRIALS, 2000), async () => {
    await setActiveStep(worker!, 'bench', 'waiting-forever');
    return heapAfterLoad(page, cdp, HEAP_TRIALS, (p) => p.locator('console-coach-overlay [data-cc="callout"]').waitFor());
  });

  log(`popup with a ${SHORT_ROWS}-step pack, then with a ${LONG_ROWS}-step pack`);
  fig.popupShort = await measure(`popup, ${SHORT_ROWS} steps`, deadline(TRIALS, 1500), async () => {
    await setActiveStep(worker!, shortPack.id, 'step-0');
    return popupReady(practice.context, extensionId!, SHORT_ROWS, TRIALS);
  });
  fig.popupLong = await measure(`popup, ${LONG_ROWS} steps`, deadline(TRIALS, 2500), async () => {
    await installPacks(worker!, [longPack]);
    await setActiveStep(worker!, longPack.id, 'step-0');
    return popupReady(practice.context, extensionId!, LONG_ROWS, TRIALS);
  });
  await withTimeout(closeSession(A.value), 60_000, 'closing Chromium').catch((e: unknown) => log(String(e)));
} else {
  for (const key of ['callout', 'driver', 'route', 'scripting', 'trace', 'stormRate', 'activeCalls', 'idleCalls', 'heapIdle', 'heapActive', 'popupShort', 'popupLong'] as const) fig[key] = notRun(A.reason);
}

W ??= await session(false);
if (W.ok) {
  log(`memory of the same page without the extension, ${HEAP_TRIALS} loads`);
  const cdpWithout = await W.value.practice.context.newCDPSession(W.value.page);
  fig.heapWithout = await measure('heap, without the extension', deadline(HEAP_TRIALS, 2000), () => heapAfterLoad(W.value.page, cdpWithout, HEAP_TRIALS, async () => undefined));
  await withTimeout(closeSession(W.value), 60_000, 'closing Chromium').catch((e: unknown) => log(String(e)));
} else fig.heapWithout = notRun(W.reason);

log(`library page with ${LIBRARY_PACKS} installed packs and their progress (a fresh profile)`);
const L = await session(true);
if (L.ok) {
  const { worker, practice, extensionId } = L.value;
  fig.library = await measure(`library, ${LIBRARY_PACKS} packs`, deadline(TRIALS, 3000), async () => {
    const packs = libraryPacks(LIBRARY_PACKS);
    await installPacks(worker!, packs);
    await installProgress(worker!, Object.fromEntries(packs.map((p, i) => [p.id, someProgress(p, i)])));
    return libraryReady(practice.context, extensionId!, LIBRARY_PACK_PREFIX, LIBRARY_PACKS, TRIALS);
  });
  await withTimeout(closeSession(L.value), 60_000, 'closing Chromium').catch((e: unknown) => log(String(e)));
} else fig.library = notRun(L.reason);

clearTimeout(watchdog);
report();
log('done');

// ---- The report: results.json and the table. ----
function report(): void {
  const missing = 'the run stopped before this figure';
  const get = <T>(m: Measured<T> | undefined): Measured<T> => m ?? { ok: false, reason: missing };
  const stat = (m: Samples | undefined, digits = 1): Measured<Summary & { max: number }> => {
    const r = get(m);
    if (!r.ok) return r;
    if (r.value.length === 0) return { ok: false, reason: 'no samples' };
    const s = summarise(r.value);
    const fix = (n: number) => Number(n.toFixed(digits));
    return { ok: true, value: { median: fix(s.median), p95: fix(s.p95), n: s.n, max: fix(Math.max(...r.value)) } };
  };
  const map = <T, U>(m: Measured<T>, f: (v: T) => U): Measured<U> => (m.ok ? { ok: true, value: f(m.value) } : m);
  const both = <T, U>(a: Measured<T>, b: Measured<U>): Measured<[T, U]> => (!a.ok ? a : !b.ok ? b : { ok: true, value: [a.value, b.value] });

  // Sizes (deterministic): the built Chrome extension and driver.js's browser build.
  const chrome = join(OUTPUT_DIR, 'chrome-mv3');
  const kb = (bytes: number) => Math.round((bytes / 1024) * 10) / 10;
  const size = (files: () => string[]): Measured<number> => {
    try {
      return { ok: true, value: kb(files().reduce((s, f) => s + gzipSize(f), 0)) };
    } catch (error) {
      return { ok: false, reason: `not built? ${(error as Error).message.split('\n')[0]}` };
    }
  };
  const sizes = {
    contentScript: size(() => [join(chrome, 'content-scripts/console.js')]),
    overlayModule: size(() => [join(chrome, 'content-scripts/overlay.js')]),
    authorModule: size(() => [join(chrome, 'content-scripts/author.js')]),
    popup: size(() => pageFiles(chrome, 'popup.html')),
    options: size(() => pageFiles(chrome, 'options.html')),
    background: size(() => [join(chrome, 'background.js')]),
    driverJs: size(() => [DRIVER_SCRIPT, DRIVER_STYLES]),
  };

  const callout = stat(fig.callout);
  const driver = stat(fig.driver);
  const ratio = map(both(callout, driver), ([o, d]) => Number((o.median / d.median).toFixed(2)));
  const route = stat(fig.route);
  const scripting = get(fig.scripting);
  const scriptWith = stat(map(scripting, (s) => s[0]!));
  const scriptWithout = stat(map(scripting, (s) => s[1]!));
  const added = map(both(scriptWith, scriptWithout), ([w, wo]) => Number((((w.median - wo.median) / wo.median) * 100).toFixed(1)));
  const trace = get(fig.trace);
  const traced = map(trace, (t) => {
    const ours = t.oursMsPerSecond.reduce((a, b) => a + b, 0);
    const all = t.allScriptMsPerSecond.reduce((a, b) => a + b, 0);
    const s = summarise(t.oursMsPerSecond);
    const fix = (n: number, d = 2) => Number(n.toFixed(d));
    return {
      seconds: t.oursMsPerSecond.length,
      oursMsPerSecond: { mean: fix(ours / t.oursMsPerSecond.length), median: fix(s.median), p95: fix(s.p95), n: s.n },
      pageMsPerSecond: fix((all - ours) / t.oursMsPerSecond.length, 1),
      oursPercentOfPage: fix((ours / (all - ours)) * 100, 1),
      ourCalls: t.ourCalls,
    };
  });
  const heapWithout = get(fig.heapWithout);
  const heapAdded = (m: Samples | undefined) =>
    stat(
      map(both(get(m), heapWithout), ([w, wo]) => w.map((b, i) => (b - (wo[i] ?? summarise(wo).median)) / 1024)),
      0,
    );
  const heapIdle = heapAdded(fig.heapIdle);
  const heapActive = heapAdded(fig.heapActive);
  const popupShort = stat(fig.popupShort);
  const popupLong = stat(fig.popupLong);
  const library = stat(fig.library);
  const idleCalls = stat(fig.idleCalls);
  const activeCalls = stat(fig.activeCalls);
  const stormRate = get(fig.stormRate);

  // Each target: the value it is judged on, the limit, and whether it was met.
  const judge = <T>(m: Measured<T>, value: (v: T) => number, limit: number): { value: number | null; limit: number; met: boolean | null } =>
    m.ok ? { value: value(m.value), limit, met: value(m.value) <= limit } : { value: null, limit, met: null };
  const targets = {
    timeToCalloutRatioOfMedians: judge(ratio, (r) => r, 1.0),
    timeToCalloutP95Ms: judge(callout, (s) => s.p95, 16.7),
    routeChangeToCalloutP95Ms: judge(route, (s) => s.p95, 50),
    extensionCallsPerSecondNoTutorialMax: judge(idleCalls, (s) => s.max, 0),
    addedScriptingPercent: judge(added, (p) => p, 3),
    tracedScriptingPercentOfPage: judge(traced, (t) => t.oursPercentOfPage, 3),
    popupReadyShortMedianMs: judge(popupShort, (s) => s.median, 50),
    popupReadyLongMedianMs: judge(popupLong, (s) => s.median, 100),
    libraryReadyMedianMs: judge(library, (s) => s.median, 200),
    heapAddedTutorialRunningMedianKb: judge(heapActive, (s) => s.median, 1024),
    overlayModuleKbGzip: judge(sizes.overlayModule, (v) => v, 26),
    contentScriptKbGzip: judge(sizes.contentScript, (v) => v, 8),
  };

  const value = <T>(m: Measured<T>) => (m.ok ? m.value : { notMeasured: m.reason });
  const results = {
    date: new Date().toISOString(),
    machine: {
      cpus: cpus().length,
      cpu: cpus()[0]?.model ?? 'unknown',
      memoryGb: Math.round(totalmem() / 2 ** 30),
      loadAverageAtEnd: loadavg().map((l) => Number(l.toFixed(2))),
      node: process.version,
      chromium: chromiumVersion(),
    },
    trials: TRIALS,
    idleWindows: IDLE_WINDOWS,
    heapTrials: HEAP_TRIALS,
    traceSeconds: TRACE_SECONDS,
    minutes: Number(((Date.now() - began) / 60_000).toFixed(1)),
    timeToCalloutMs: { consoleCoach: value(callout), driverJs: value(driver), ratioOfMedians: value(ratio) },
    routeChangeToCalloutMs: value(route),
    storm: {
      mutationsPerSecond: value(stormRate),
      extensionCallsPerSecondNoTutorial: value(idleCalls),
      extensionCallsPerSecondStepWaiting: value(activeCalls),
      scriptingMsPerSecondWithExtension: value(scriptWith),
      scriptingMsPerSecondWithout: value(scriptWithout),
      addedScriptingPercent: value(added),
      traceAttributed: value(traced),
    },
    memoryKb: { addedIdle: value(heapIdle), addedTutorialRunning: value(heapActive), pageWithout: value(stat(map(heapWithout, (h) => h.map((b) => b / 1024)), 0)) },
    popupReadyMs: { [`steps${SHORT_ROWS}`]: value(popupShort), [`steps${LONG_ROWS}`]: value(popupLong) },
    libraryReadyMs: { packs: LIBRARY_PACKS, ...(library.ok ? library.value : { notMeasured: library.reason }) },
    sizesKbGzip: Object.fromEntries(Object.entries(sizes).map(([k, v]) => [k, value(v)])),
    targets,
  };
  writeFileSync(join(ROOT_DIR, 'bench', 'results.json'), `${JSON.stringify(results, null, 2)}\n`);

  // ---- The table. ----
  const na = (m: Measured<unknown>) => (m.ok ? '' : `not measured: ${m.reason}`);
  const show = <T>(m: Measured<T>, f: (v: T) => string) => (m.ok ? f(m.value) : na(m));
  const ms = (s: Summary) => `${s.median} ms (p95 ${s.p95})`;
  const met = (t: { met: boolean | null }) => (t.met === null ? 'not measured' : t.met ? 'met' : '**not met**');
  const row = (cells: string[]) => `| ${cells.join(' | ')} |`;
  const lines = [
    `Console Coach benchmark, ${TRIALS} trials per timed figure, ${results.machine.chromium}, ${results.machine.cpus} cores (${results.machine.cpu}), load average ${results.machine.loadAverageAtEnd.join(' ')}, ${results.minutes} min`,
    '',
    row(['Figure', 'Console Coach', 'driver.js', 'Target', 'Met']),
    row(['---', '---', '---', '---', '---']),
    row([
      'Time to callout, median: target inserted → callout and spotlight placed',
      show(callout, ms),
      show(driver, ms),
      `ratio ≤ 1.0× driver.js: ${show(ratio, (r) => `${r}×`)}`,
      met(targets.timeToCalloutRatioOfMedians),
    ]),
    row(['Time to callout, p95', show(callout, (s) => `${s.p95} ms`), show(driver, (s) => `${s.p95} ms`), '≤ 16.7 ms', met(targets.timeToCalloutP95Ms)]),
    row(['Route change (hash) → new step’s callout placed, p95', show(route, (s) => `${s.p95} ms (median ${s.median})`), '', '≤ 50 ms', met(targets.routeChangeToCalloutP95Ms)]),
    row([
      `Extension calls/s, no tutorial, under the storm (${show(stormRate, (r) => `${r}`)} mutations/s)`,
      show(idleCalls, (s) => `${s.median} (p95 ${s.p95}, max ${s.max})`),
      '',
      '0 (every window)',
      met(targets.extensionCallsPerSecondNoTutorialMax),
    ]),
    row(['Extension calls/s, step waiting for its target, same storm', show(activeCalls, (s) => `${s.median} (p95 ${s.p95})`), '', 'no target (looks back off)', '']),
    row([
      'Added main-thread scripting, step waiting, under the storm',
      `CDP metrics: ${show(both(added, both(scriptWith, scriptWithout)), ([a, [w, wo]]) => `+${a} % (${w.median} ms/s vs ${wo.median} without)`)} · trace-attributed: ${show(traced, (t) => `our script ${t.oursMsPerSecond.mean} ms/s (median ${t.oursMsPerSecond.median}, p95 ${t.oursMsPerSecond.p95}, ${t.seconds} s) = ${t.oursPercentOfPage} % of the page’s ${t.pageMsPerSecond} ms/s`)}`,
      '',
      '≤ 3 %',
      `CDP: ${met(targets.addedScriptingPercent)} · trace: ${met(targets.tracedScriptingPercentOfPage)}`,
    ]),
    row([`Popup ready, ${SHORT_ROWS}-step pack (checklist rendered), median`, show(popupShort, ms), '', '≤ 50 ms', met(targets.popupReadyShortMedianMs)]),
    row([`Popup ready, ${LONG_ROWS}-step pack, median`, show(popupLong, ms), '', '≤ 100 ms', met(targets.popupReadyLongMedianMs)]),
    row([`Library page ready, ${LIBRARY_PACKS} packs with progress, median`, show(library, ms), '', '≤ 200 ms', met(targets.libraryReadyMedianMs)]),
    row(['JS heap added to the console page, idle', show(heapIdle, (s) => `${s.median} KB (p95 ${s.p95})`), '', show(stat(map(heapWithout, (h) => h.map((b) => b / 1024)), 0), (s) => `no target (page without: ${s.median} KB)`), '']),
    row(['JS heap added, tutorial running, median', show(heapActive, (s) => `${s.median} KB (p95 ${s.p95})`), '', '≤ 1 MB (1024 KB)', met(targets.heapAddedTutorialRunningMedianKb)]),
    row(['Overlay module (while a tutorial runs), gzip', show(sizes.overlayModule, (v) => `${v} KB`), '', '≤ 26 KB', met(targets.overlayModuleKbGzip)]),
    row(['Author module (author mode only), gzip', show(sizes.authorModule, (v) => `${v} KB`), '', 'no target', '']),
    row(['Content script (every console page), gzip', show(sizes.contentScript, (v) => `${v} KB`), show(sizes.driverJs, (v) => `${v} KB (JS + CSS)`), '≤ 8 KB', met(targets.contentScriptKbGzip)]),
    row(['Popup, gzip', show(sizes.popup, (v) => `${v} KB`), '', 'no target here (budget test: 40 KB)', '']),
    row(['Pack library (options page), gzip', show(sizes.options, (v) => `${v} KB`), '', 'no target', '']),
    row(['Background, gzip', show(sizes.background, (v) => `${v} KB`), '', 'no target', '']),
  ];
  const unmeasured = Object.entries(targets).filter(([, t]) => t.met === null).length;
  const missed = Object.entries(targets).filter(([, t]) => t.met === false).length;
  lines.push('', `${Object.keys(targets).length - missed - unmeasured} targets met, ${missed} not met, ${unmeasured} not measured.`);
  console.log(lines.join('\n'));
}

function chromiumVersion(): string {
  try {
    return execFileSync(chromiumPath(), ['--version'], { stdio: ['ignore', 'pipe', 'ignore'], timeout: 30_000 }).toString().trim();
  } catch {
    return 'unknown Chromium';
  }
}
