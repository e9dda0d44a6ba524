// The engine's public API: pure TypeScript, no Svelte, DOM or database, runnable anywhere.
export * from './article';
export * from './dates';
export * from './decode';
export * from './input-error';
export * from './manifest';
export * from './text';
export * from './storylines';
