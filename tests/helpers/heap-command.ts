import type { BrowserCommand, BrowserCommandContext } from 'vitest/node';

/** What one page keeps after a forced garbage collection. */
export interface MemoryReading {
  /** JS heap in use, in bytes. */
  readonly heap: number;
  /** DOM nodes alive (in documents or only referenced from script). */
  readonly nodes: number;
  /** Event listeners registered from script. */
  readonly listeners: number;
}

type CdpSession = Awaited<ReturnType<ReturnType<BrowserCommandContext['page']['context']>['newCDPSession']>>;

async function withSession<T>(context: BrowserCommandContext, use: (session: CdpSession) => Promise<T>): Promise<T> {
  const session = await context.page.context().newCDPSession(context.page);
  try {
    return await use(session);
  } finally {
    await session.detach();
  }
}

/**
 * `commands.heapAfterGc()`: forces a full garbage collection in the test page's renderer through the Chrome
 * DevTools Protocol (`HeapProfiler.collectGarbage`) and returns the JS heap then in use (`Runtime.getHeapUsage`),
 * in bytes. For leak soak tests: two readings a thousand cycles apart say what each cycle keeps.
 */
export const heapAfterGc: BrowserCommand<[]> = (context) =>
  withSession(context, async (session) => {
    await session.send('HeapProfiler.collectGarbage');
    await session.send('HeapProfiler.collectGarbage');
    const { usedSize } = await session.send('Runtime.getHeapUsage');
    return usedSize;
  });

/** `commands.memoryAfterGc()`: the heap as above, with the DOM nodes and listeners still alive (`Memory.getDOMCounters`). */
export const memoryAfterGc: BrowserCommand<[]> = (context) =>
  withSession(context, async (session): Promise<MemoryReading> => {
    await session.send('HeapProfiler.collectGarbage');
    await session.send('HeapProfiler.collectGarbage');
    const { usedSize } = await session.send('Runtime.getHeapUsage');
    const { nodes, jsEventListeners } = await session.send('Memory.getDOMCounters');
    return { heap: usedSize, nodes, listeners: jsEventListeners };
  });

/** The session holding a CPU throttle: emulation lasts as long as the session that set it. */
let throttling: CdpSession | undefined;

/**
 * `commands.throttleCpu(rate)`: slows the test page's main thread `rate` times (`Emulation.setCPUThrottlingRate`;
 * 1 is full speed again), as a busy machine or a cheap phone would: work that settles after an element is removed
 * (a fetch, a parse, a lazy import) then does so more often.
 */
export const throttleCpu: BrowserCommand<[rate: number]> = async (context, rate) => {
  throttling ??= await context.page.context().newCDPSession(context.page);
  await throttling.send('Emulation.setCPUThrottlingRate', { rate });
  if (rate <= 1) {
    await throttling.detach();
    throttling = undefined;
  }
};
