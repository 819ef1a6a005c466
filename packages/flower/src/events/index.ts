export * from './error.js';
export * from './filter.js';
export * from './select.js';
export * from './zoom.js';
export * from './event-map.js';
