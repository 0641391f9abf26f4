/**
 * Which part of a page's main-thread script time is the extension's own, from a Chromium trace
 * with the `devtools.timeline` categories (the events DevTools' Performance panel is built from).
 *
 * Chromium records a `FunctionCall` event (with the function's script URL) for every outermost call
 * into JavaScript: a timer's or an animation frame's callback, an event listener, a
 * MutationObserver's callback (inside `RunMicrotasks`), and `EvaluateScript` for a script's first
 * run. Those whose URL is one of the extension's scripts (`chrome-extension://<id>/…`) are ours.
 * Where a task was ours alone (a `TimerFire`, `EventDispatch`, `FireAnimationFrame` or
 * `FireIdleCallback` in which every script call is the extension's), the whole task counts, so the
 * promise continuations and microtasks it ran after its call count too. Where a task mixes page and
 * extension calls (an event both listen to), only the extension's calls count.
 */

export interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  args?: { name?: string; data?: { url?: string; frames?: { processId: number; isOutermostMainFrame?: boolean; url?: string }[] } };
}

/** Events that are a call into script, with the URL of the script called. */
const SCRIPT_CALLS = new Set(['FunctionCall', 'EvaluateScript', 'v8.evaluateModule']);
/** Tasks that exist to run a callback: ours as a whole when every call in them is ours. */
const CALLBACK_TASKS = new Set(['TimerFire', 'EventDispatch', 'FireAnimationFrame', 'FireIdleCallback']);

interface Node {
  event: TraceEvent;
  end: number;
  children: Node[];
}

export interface Attribution {
  /** The extension's script time (ms) in each whole second of the window. */
  oursMsPerSecond: number[];
  /** All outermost script calls on the thread (page and extension, ms) in each second. */
  allScriptMsPerSecond: number[];
  /** The extension's script calls found in the window (to tell "none" from "not traced"). */
  ourCalls: number;
  /** The renderer main thread the figures are from. */
  thread: { pid: number; tid: number };
}

/**
 * Attribute the main thread of the page's renderer (the process of the outermost main frame named
 * in `TracingStartedInBrowser`, its `CrRendererMain` thread), in whole-second buckets from the
 * start of tracing, `seconds` of them.
 */
export function attributeTrace(events: readonly TraceEvent[], extensionId: string, seconds: number): Attribution {
  const started = events.find((e) => e.name === 'TracingStartedInBrowser');
  const frame = started?.args?.data?.frames?.find((f) => f.isOutermostMainFrame) ?? started?.args?.data?.frames?.[0];
  if (!started || !frame) throw new Error('the trace has no TracingStartedInBrowser event naming the page’s process');
  const main = events.find((e) => e.ph === 'M' && e.name === 'thread_name' && e.pid === frame.processId && e.args?.name === 'CrRendererMain');
  if (!main) throw new Error(`no CrRendererMain thread for the page’s process ${frame.processId}`);
  const ours = (url: string | undefined) => url?.startsWith(`chrome-extension://${extensionId}/`) === true;

  // Complete events ('X') of the main thread nest by time: build the tree.
  const onThread = events
    .filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && typeof e.dur === 'number')
    .sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
  const roots: Node[] = [];
  const stack: Node[] = [];
  for (const event of onThread) {
    const node: Node = { event, end: event.ts + event.dur!, children: [] };
    while (stack.length && stack[stack.length - 1]!.end <= event.ts) stack.pop();
    (stack.length ? stack[stack.length - 1]!.children : roots).push(node);
    stack.push(node);
  }

  const start = started.ts;
  const oursMs = new Array<number>(seconds).fill(0);
  const allMs = new Array<number>(seconds).fill(0);
  let ourCalls = 0;
  const bucket = (event: TraceEvent) => Math.floor((event.ts - start) / 1e6);
  const add = (into: number[], event: TraceEvent, us: number) => {
    const b = bucket(event);
    if (b >= 0 && b < seconds) into[b]! += us / 1000;
  };
  const inWindow = (event: TraceEvent) => bucket(event) >= 0 && bucket(event) < seconds;

  /** Script calls under a node: [ours, theirs] counts (outermost calls only). */
  const calls = (node: Node): [number, number] => {
    if (SCRIPT_CALLS.has(node.event.name)) return ours(node.event.args?.data?.url) ? [1, 0] : [0, 1];
    return node.children.reduce<[number, number]>(
      (sum, child) => {
        const [o, t] = calls(child);
        return [sum[0] + o, sum[1] + t];
      },
      [0, 0],
    );
  };
  /** Add the extension's time under a node; returns nothing, fills `oursMs`. */
  const attribute = (node: Node): void => {
    const { event } = node;
    if (SCRIPT_CALLS.has(event.name)) {
      add(allMs, event, event.dur!);
      if (ours(event.args?.data?.url)) {
        add(oursMs, event, event.dur!);
        if (inWindow(event)) ourCalls++;
      }
      return;
    }
    if (CALLBACK_TASKS.has(event.name)) {
      const [o, t] = calls(node);
      if (o > 0 && t === 0) {
        add(oursMs, event, event.dur!);
        add(allMs, event, event.dur!);
        if (inWindow(event)) ourCalls += o;
        return;
      }
    }
    for (const child of node.children) attribute(child);
  };
  for (const root of roots) attribute(root);
  return { oursMsPerSecond: oursMs, allScriptMsPerSecond: allMs, ourCalls, thread: { pid: main.pid, tid: main.tid } };
}
