/**
 * `npm run bench`: the built extension in Chromium on the practice console, measured against
 * driver.js in the same run. Writes bench/results.json and prints a Markdown table.
 * BENCH_TRIALS sets the trials per figure (default 50); see bench/README.md for what each means.
 */
import { execFileSync } from 'node:child_process';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { writeFileSync } from 'node:fs';
import { summarise, type Summary } from './stats';
import { benchPack, checklistPack } from './pack';
import { closeSession, freshDashboard, installPacks, openSession, setActiveStep } from './session';
import { driverTimeToCallout, routeChangeToCallout, timeToCallout } from './scenarios/callout';
import { extensionCallsPerSecond, measuredStormRate, pairedScripting } from './scenarios/idle';
import { heapAfterLoad } from './scenarios/memory';
import { popupToChecklist } from './scenarios/popup';
import { OUTPUT_DIR, gzipSize, pageFiles } from '../test/support/bundle-sizes';
import { chromiumPath, ROOT_DIR } from '../test/support/launch';
import { DRIVER_SCRIPT, DRIVER_STYLES } from './driver-files';

const TRIALS = Number(process.env.BENCH_TRIALS ?? 50);
const WINDOW_MS = 1000;
const CHECKLIST_ROWS = 40;
const log = (line: string) => console.error(`▸ ${line}`);

const pack = benchPack();

log(`time to callout, ${TRIALS} trials (Console Coach), then driver.js in the same page`);
const withExtension = await openSession(true);
const { page, worker } = withExtension;
await installPacks(worker!, [pack, checklistPack(CHECKLIST_ROWS)]);
const ours = await timeToCallout(page, worker!, TRIALS);
const driver = await driverTimeToCallout(page, worker!, TRIALS);
log('route change to callout');
const route = await routeChangeToCallout(page, worker!, TRIALS);

log('scripting under a mutation storm, step waiting, against the same page without the extension');
// Script time first, on freshly loaded pages: call-count coverage (used next) slows every script
// compiled while it is on, which would inflate the figure. Windows alternate between the pages.
const cdp = await withExtension.practice.context.newCDPSession(page);
await setActiveStep(worker!, 'bench', 'waiting-forever');
await freshDashboard(page);
await page.locator('console-coach-overlay [data-cc="callout"]').waitFor();
const without = await openSession(false);
const cdpWithout = await without.practice.context.newCDPSession(without.page);
const [scriptingWith, scriptingWithout] = (await pairedScripting([[page, cdp], [without.page, cdpWithout]], TRIALS, WINDOW_MS)) as [number[], number[]];
log('idle cost under a mutation storm');
const stormRate = await measuredStormRate(page);
const activeCalls = await extensionCallsPerSecond(page, cdp, Math.min(TRIALS, 10), WINDOW_MS);
await setActiveStep(worker!, null);
await freshDashboard(page);
await page.locator('console-coach-overlay [data-cc="dock"]').waitFor();
const idleCalls = await extensionCallsPerSecond(page, cdp, TRIALS, WINDOW_MS);

log('memory: page with the extension, idle and with a tutorial running');
await setActiveStep(worker!, null);
const heapIdle = await heapAfterLoad(page, cdp, TRIALS, (p) => p.locator('console-coach-overlay [data-cc="dock"]').waitFor());
await setActiveStep(worker!, 'bench', 'waiting-forever');
const heapActive = await heapAfterLoad(page, cdp, TRIALS, (p) => p.locator('console-coach-overlay [data-cc="callout"]').waitFor());

log(`popup with a ${CHECKLIST_ROWS}-step pack`);
await setActiveStep(worker!, 'bench-checklist', 'step-0');
const popup = await popupToChecklist(withExtension.practice.context, withExtension.extensionId!, CHECKLIST_ROWS, TRIALS);
await closeSession(withExtension);

log('memory of the same page without the extension');
const heapWithout = await heapAfterLoad(without.page, cdpWithout, TRIALS, async () => undefined);
await closeSession(without);

// Sizes (deterministic): the built Chrome extension and driver.js's browser build.
const chrome = join(OUTPUT_DIR, 'chrome-mv3');
const kb = (bytes: number) => Math.round((bytes / 1024) * 10) / 10;
const sizes = {
  contentScript: kb(gzipSize(join(chrome, 'content-scripts/console.js'))),
  overlayModule: kb(gzipSize(join(chrome, 'content-scripts/overlay.js'))),
  popup: kb(pageFiles(chrome, 'popup.html').reduce((s, f) => s + gzipSize(f), 0)),
  options: kb(pageFiles(chrome, 'options.html').reduce((s, f) => s + gzipSize(f), 0)),
  background: kb(gzipSize(join(chrome, 'background.js'))),
  driverJs: kb(gzipSize(DRIVER_SCRIPT) + gzipSize(DRIVER_STYLES)),
};

const round = (s: Summary, digits = 1): Summary => ({ median: Number(s.median.toFixed(digits)), p95: Number(s.p95.toFixed(digits)), n: s.n });
const timeOurs = round(summarise(ours));
const timeDriver = round(summarise(driver));
const scriptWith = summarise(scriptingWith);
const scriptWithout = summarise(scriptingWithout);
const heapAdded = (samples: number[]) => round(summarise(samples.map((b, i) => (b - (heapWithout[i] ?? summarise(heapWithout).median)) / 1024)), 0);
const results = {
  date: new Date().toISOString(),
  machine: { cpus: cpus().length, cpu: cpus()[0]?.model ?? 'unknown', node: process.version, chromium: execFileSync(chromiumPath(), ['--version'], { stdio: ['ignore', 'pipe', 'ignore'] }).toString().trim() },
  trials: TRIALS,
  timeToCalloutMs: { consoleCoach: timeOurs, driverJs: timeDriver, ratioOfMedians: Number((timeOurs.median / timeDriver.median).toFixed(2)) },
  routeChangeToCalloutMs: round(summarise(route)),
  idle: {
    stormMutationsPerSecond: stormRate,
    extensionCallsPerSecondNoTutorial: round(summarise(idleCalls)),
    extensionCallsPerSecondStepWaiting: round(summarise(activeCalls)),
    scriptingMsPerSecondWithExtension: round(scriptWith),
    scriptingMsPerSecondWithout: round(scriptWithout),
    addedScriptingPercent: Number((((scriptWith.median - scriptWithout.median) / scriptWithout.median) * 100).toFixed(1)),
  },
  memoryKb: { addedIdle: heapAdded(heapIdle), addedTutorialRunning: heapAdded(heapActive), pageWithout: round(summarise(heapWithout.map((b) => b / 1024)), 0) },
  popupToChecklistMs: { rows: CHECKLIST_ROWS, ...round(summarise(popup)) },
  sizesKbGzip: sizes,
};
writeFileSync(join(ROOT_DIR, 'bench', 'results.json'), `${JSON.stringify(results, null, 2)}\n`);

const row = (what: string, value: string, target: string) => `| ${what} | ${value} | ${target} |`;
const ms = (s: Summary) => `${s.median} ms (p95 ${s.p95})`;
console.log(
  [
    `Console Coach benchmark, ${TRIALS} trials per figure, ${results.machine.chromium}, ${results.machine.cpus} cores`,
    '',
    '| Figure | Console Coach | driver.js / target |',
    '| --- | --- | --- |',
    row('Time to callout: target inserted → callout and spotlight placed', ms(timeOurs), `driver.js ${ms(timeDriver)}; ratio ${results.timeToCalloutMs.ratioOfMedians}× · target ≤ 16 ms median`),
    row('Route change (hash) → new step\'s callout placed', ms(results.routeChangeToCalloutMs), 'target ≤ 100 ms p95'),
    row(`Extension calls/s, no tutorial, storm of ${stormRate} mutations/s`, `${results.idle.extensionCallsPerSecondNoTutorial.median} (p95 ${results.idle.extensionCallsPerSecondNoTutorial.p95})`, 'target 0'),
    row('Extension calls/s, step waiting for its target, same storm', `${results.idle.extensionCallsPerSecondStepWaiting.median} (p95 ${results.idle.extensionCallsPerSecondStepWaiting.p95})`, 'at most one look per frame'),
    row('Main-thread scripting under the storm, step waiting', `${results.idle.scriptingMsPerSecondWithExtension.median} ms/s vs ${results.idle.scriptingMsPerSecondWithout.median} ms/s without: +${results.idle.addedScriptingPercent} %`, 'target ≤ 3 %'),
    row('JS heap added to the console page, idle', `${results.memoryKb.addedIdle.median} KB (p95 ${results.memoryKb.addedIdle.p95})`, `page without: ${results.memoryKb.pageWithout.median} KB`),
    row('JS heap added, tutorial running', `${results.memoryKb.addedTutorialRunning.median} KB (p95 ${results.memoryKb.addedTutorialRunning.p95})`, ''),
    row(`Popup open → ${CHECKLIST_ROWS}-step checklist rendered`, ms(results.popupToChecklistMs), ''),
    row('Content script (every console page), gzip', `${sizes.contentScript} KB`, `budget 20 KB · driver.js ${sizes.driverJs} KB (JS + CSS)`),
    row('Overlay module (while a tutorial runs), gzip', `${sizes.overlayModule} KB`, 'budget 33 KB'),
    row('Popup, gzip', `${sizes.popup} KB`, 'budget 40 KB'),
    row('Pack library (options page), gzip', `${sizes.options} KB`, ''),
    row('Background, gzip', `${sizes.background} KB`, ''),
  ].join('\n'),
);
