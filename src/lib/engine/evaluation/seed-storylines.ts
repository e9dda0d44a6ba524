// The seed corpus as alignment input, built from the hand-coded units (a stand-in for the
// coder's output) and the manifest, for the quality spec and anyone comparing methods.
import type { CodedUnit, StorylineDocument, UnitKind } from '../storylines';
import type { GoldStoryline } from './score-storylines';
import type { ManifestEntry } from '../manifest';

export interface GoldUnit {
	start: number;
	end: number;
	kind: string;
	text: string;
	frames?: string[];
	source?: string | null;
	targets?: string[];
}

export interface GoldFrames {
	documents: { file: string; units: GoldUnit[] }[];
}

export interface GoldStorylines {
	storylines: GoldStoryline[];
}

/**
 * One document per coded file. `withFrames: false` drops frames (and actors are always empty),
 * to measure what alignment does from the text alone.
 */
export function seedDocuments(
	gold: GoldFrames,
	manifest: readonly ManifestEntry[],
	withFrames = true
): StorylineDocument[] {
	return gold.documents.map(({ file, units }) => {
		const entry = manifest.find((m) => m.file === file);
		if (!entry) throw new Error(`${file} is not in the manifest`);
		return {
			id: file,
			outlet: entry.outlet.name,
			published: entry.published?.iso ?? null,
			units: units.map((unit): CodedUnit => ({
				start: unit.start,
				end: unit.end,
				text: unit.text,
				kind: unit.kind as UnitKind,
				actors: [],
				frames: withFrames
					? (unit.frames ?? []).map((frame) => ({
							frame,
							confidence: 1,
							source: unit.source ?? null,
							targets: unit.targets ?? [],
							cues: []
						}))
					: []
			}))
		};
	});
}
