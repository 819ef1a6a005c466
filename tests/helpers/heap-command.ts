import type { BrowserCommand } from 'vitest/node';

/**
 * `commands.heapAfterGc()`: forces a full garbage collection in the test page's renderer through the Chrome
 * DevTools Protocol (`HeapProfiler.collectGarbage`) and returns the JS heap then in use (`Runtime.getHeapUsage`),
 * in bytes. For leak soak tests: two readings a thousand cycles apart say what each cycle keeps.
 */
export const heapAfterGc: BrowserCommand<[]> = async (context) => {
  const session = await context.page.context().newCDPSession(context.page);
  try {
    await session.send('HeapProfiler.collectGarbage');
    await session.send('HeapProfiler.collectGarbage');
    const { usedSize } = await session.send('Runtime.getHeapUsage');
    return usedSize;
  } finally {
    await session.detach();
  }
};
