// What the reader says about an article's units as a whole: how many sentences, how many coded
// and with which frames, and which actors it names how often.
import { isTextUnit, type EvidenceUnit, type FrameInfo } from '$lib/coded-corpus';

export interface FrameCount {
	frame: string;
	label: string;
	/** Units carrying at least one code of the frame. */
	units: number;
}

export interface ReaderSummary {
	/** Headline and body units: the sentences the coder read. */
	sentences: number;
	/** Units with at least one code. */
	coded: number;
	/** Every codebook frame in its order, then any frame the codebook does not know. */
	frames: FrameCount[];
}

export interface ActorCount {
	actor: string;
	/** Units naming the actor; furniture is not counted. */
	units: number;
}

/** Counts the article's sentences and coded units, per frame in the codebook's order. */
export function summariseUnits(
	units: readonly EvidenceUnit[],
	frames: readonly Pick<FrameInfo, 'id' | 'label'>[]
): ReaderSummary {
	const coded = units.filter((unit) => unit.codes.length > 0);
	const known = new Set(frames.map((frame) => frame.id));
	const unknown = [
		...new Set(coded.flatMap((unit) => unit.codes.map((code) => code.frame)))
	].filter((frame) => !known.has(frame));
	const count = (frame: string) =>
		coded.filter((unit) => unit.codes.some((code) => code.frame === frame)).length;
	return {
		sentences: units.filter(isTextUnit).length,
		coded: coded.length,
		frames: [
			...frames.map((frame) => ({ frame: frame.id, label: frame.label, units: count(frame.id) })),
			...unknown.map((frame) => ({ frame, label: frame, units: count(frame) }))
		]
	};
}

/** Actors named outside the furniture, most often named first, then by id. */
export function countActors(units: readonly EvidenceUnit[]): ActorCount[] {
	const counts = new Map<string, number>();
	for (const unit of units) {
		if (unit.kind === 'boilerplate') continue;
		for (const actor of new Set(unit.actors)) counts.set(actor, (counts.get(actor) ?? 0) + 1);
	}
	return [...counts]
		.map(([actor, units]) => ({ actor, units }))
		.sort((a, b) => b.units - a.units || a.actor.localeCompare(b.actor, 'en'));
}
