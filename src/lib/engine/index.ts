// The engine's public API: pure TypeScript, no Svelte, DOM or database, runnable anywhere.
export * from './article';
export * from './dates';
export * from './input-error';
export * from './manifest';
export * from './text';
export * from './reading';
export * from './codebook';
export { findActors, sideOf, type ActorMention } from './actors';
export { classifyBlocks, classifyLine, type Block, type BlockKind } from './furniture';
export { splitSentences, type Span } from './sentences';
export { noTextOf, splitUnits, type SplitOptions, type UnitSpan } from './units';
export * from './readable';
export { findSpeaker, PersonMemory } from './speakers';
export { findCues, type CueMatch } from './cues';
export { codeUnit, type Cue, type FrameCode, type CodingContext, type UnitToCode } from './frames';
export { analyzeText, type AnalyzeOptions, type CodedUnit, type UnitKind } from './analyze';
export * from './evaluation/score-frames';
export * from './aggregate';
export * from './version';
// Storyline alignment is imported from './storylines' itself: its input types are structural
// twins of analyze's, and UI code imports engine modules directly (not this barrel) so that
// wink-nlp's English model stays out of the browser bundle.
