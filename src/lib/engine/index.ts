// The engine's public API: pure TypeScript, no Svelte, DOM or database, runnable anywhere.
export * from './article';
export * from './dates';
export * from './decode';
export * from './input-error';
export * from './manifest';
export * from './text';
// Storyline alignment (`./storylines`) is imported from its own module, not re-exported here:
// it loads the wink-nlp English model (~3.8 MB), which would otherwise enter every client page
// that takes a date formatter from this barrel.
