// The engine's version: part of every stored analysis's fingerprint, so a change to the coding
// rules in code (not only in the codebook) recomputes cached results. Bump it with such changes.
export const ENGINE_VERSION = '0.4.5';
