import { analyzeText, defaultCodebook } from '../../src/lib/engine';
const t = process.argv[2] ?? '';
for (const u of analyzeText(t, defaultCodebook, { outlet: process.argv[3] ?? null })) console.log(u.kind, JSON.stringify(u.frames.map((f) => [f.frame, f.source, f.targets, f.cues.map((c) => c.rule)])), JSON.stringify(u.actors.map((a) => a.actor)));
