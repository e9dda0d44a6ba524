// The Chromium finder lives with the CLI (its export command drives Chromium too).
export * from '../../src/cli/chromium';
