// One blind coder's coded sheets (JSON lines, one object per unit), read by unit id.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/** The frames the blind coders code, as CODEBOOK.md v1.1 names them. */
export const FRAMES = ['cooperation_urged', 'cooperation_refused', 'accusation'] as const;

/** Firm positive units per frame across coded documents. */
export function firmCounts(
	documents: readonly { units: readonly { frames: readonly string[] }[] }[]
) {
	const units = documents.flatMap((d) => d.units);
	return Object.fromEntries(
		FRAMES.map((f) => [f, units.filter((u) => u.frames.includes(f)).length])
	);
}

export interface Coded {
	id: string;
	kind: string;
	frames: string[];
	optional: string[];
	source: string | null;
	targets: string[];
}

/** One coder's sheets, every unit by id; refuses a sheet with a unit missing or twice. */
export function readCoder(dir: string, coder: string): Map<string, Coded> {
	const units = new Map<string, Coded>();
	for (const file of readdirSync(dir).filter((f) => f.endsWith(`.${coder}.jsonl`)))
		for (const [n, line] of readFileSync(join(dir, file), 'utf8').split('\n').entries()) {
			if (!line.trim()) continue;
			const unit = JSON.parse(line) as Coded;
			if (units.has(unit.id)) throw new Error(`${file}:${n + 1}: ${unit.id} coded twice`);
			units.set(unit.id, { ...unit, optional: unit.optional ?? [], targets: unit.targets ?? [] });
		}
	return units;
}
