// The stopwatch of `npm run bench`, shared by the element's page and the bare-d3 page so both are timed alike.
//
// A mark is on screen from the frame whose rendering step finds it in the DOM. Each frame, a new ResizeObserver
// watching a 1 × 1 probe delivers its first observation inside the rendering step, after every animation-frame
// callback and after style and layout, just before paint: if the mark is there then, this frame paints it. The time
// taken is the end of that frame (a message posted from there runs once the frame's rendering is done).

/**
 * Resolves with the frame that first paints what `find()` returns: `rendering`, the time inside its rendering step
 * (after style and layout, before paint; nothing else runs before that frame is painted) and `painted`, the time
 * just after it.
 */
export function firstMarkFrame(find) {
  const probe = document.createElement('div');
  probe.style.cssText = 'position:fixed;left:0;top:0;width:1px;height:1px;pointer-events:none';
  document.body.append(probe);
  return new Promise((resolve) => {
    const watchFrame = () => {
      const observer = new ResizeObserver(() => {
        observer.disconnect();
        if (!find()) {
          requestAnimationFrame(watchFrame);
          return;
        }
        const rendering = performance.now();
        const channel = new MessageChannel();
        channel.port1.onmessage = () => {
          probe.remove();
          resolve({ rendering, painted: performance.now() });
        };
        channel.port2.postMessage(null);
      });
      observer.observe(probe);
    };
    watchFrame();
  });
}

/** Resolves with `performance.now()` just after the first frame that paints what `find()` returns. */
export function firstMarkPainted(find) {
  return firstMarkFrame(find).then((frame) => frame.painted);
}

/** The longest animation frames seen so far (Long Animation Frames API), in ms. */
export function longAnimationFrames() {
  const durations = [];
  if (PerformanceObserver.supportedEntryTypes.includes('long-animation-frame'))
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) durations.push(entry.duration);
    }).observe({ type: 'long-animation-frame', buffered: true });
  return durations;
}
