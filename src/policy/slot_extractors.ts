// The slot extractors live one a file in slots/; this path re-exports them for existing importers.
export * from './slots/index.js';
