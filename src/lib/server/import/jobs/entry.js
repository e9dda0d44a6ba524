// Starts an import worker thread: the import code is shared as TypeScript source, run through tsx
// (as the CLI runs it), so the server and the CLI read files by the very same rules.
import { register } from 'tsx/esm/api';

register();
await import(new URL('./worker.ts', import.meta.url).href);
