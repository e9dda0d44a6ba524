#!/usr/bin/env node
// The `parallax` command: runs the TypeScript CLI through tsx, so the engine is shared as source.
import { register } from 'tsx/esm/api';

register();
await import('./parallax.ts');
