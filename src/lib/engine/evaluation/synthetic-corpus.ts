// A synthetic corpus for timing storyline alignment at scale: many outlets retelling a pool of
// events in shuffled wording, amid filler sentences drawn from a Zipf-like vocabulary.
// Deterministic (seeded), so a benchmark run is repeatable.
import type { CodedUnit, StorylineDocument } from '../storylines';
import { seededRandom as generator } from './seeded-random';

const SYLLABLES = ['ka', 'ro', 'mi', 'ten', 'sul', 'va', 'dor', 'pe', 'lin', 'gra', 'tho', 'ber'];
const ACTORS = ['Russia', 'the US', 'Turkey', 'Iran', 'Syria', 'Israel', 'the UN', 'ISIS'];
const VERBS = ['launched', 'refused', 'offered', 'rejected', 'began', 'warned', 'accused', 'hit'];
const MONTHS = ['January', 'March', 'May', 'July', 'September', 'November'];

function word(index: number): string {
	let w = '';
	let n = index + 12;
	while (n > 0) {
		w += SYLLABLES[n % SYLLABLES.length];
		n = Math.floor(n / SYLLABLES.length);
	}
	return w;
}

/** `documents` articles of `unitsPerDocument` body units each; about a fifth retell an event. */
export function syntheticCorpus(documents: number, unitsPerDocument: number): StorylineDocument[] {
	const random = generator(documents * 7919 + unitsPerDocument);
	const vocabulary = Array.from({ length: 20_000 }, (_, i) => word(i));
	// Zipf-like: low indexes are common, the tail is rare, as in news text.
	const zipf = () => vocabulary[Math.floor(Math.pow(random(), 3) * vocabulary.length)] as string;
	const events = Array.from({ length: Math.max(10, Math.floor(documents / 4)) }, (_, i) => ({
		actor: ACTORS[i % ACTORS.length] as string,
		verb: VERBS[(i * 3) % VERBS.length] as string,
		date: `${MONTHS[i % MONTHS.length]} ${1 + (i % 28)}`,
		details: [word(5000 + ((i * 7) % 15000)), word(5001 + ((i * 13) % 15000)), String(100 + i)]
	}));
	return Array.from({ length: documents }, (_, d) => {
		let offset = 0;
		const units: CodedUnit[] = Array.from({ length: unitsPerDocument }, () => {
			let text: string;
			if (random() < 0.2) {
				const e = events[Math.floor(random() * events.length)] as (typeof events)[number];
				const filler = Array.from({ length: 4 }, zipf).join(' ');
				text = `${e.actor} ${e.verb} the ${e.details[0]} ${e.details[1]} ${filler} on ${e.date}, ${e.details[2]} said.`;
			} else {
				text = `${Array.from({ length: 12 + Math.floor(random() * 10) }, zipf).join(' ')}.`;
			}
			const unit: CodedUnit = {
				start: offset,
				end: offset + text.length,
				text,
				kind: 'body',
				frames: [],
				actors: []
			};
			offset += text.length + 1;
			return unit;
		});
		const month = 1 + (d % 12);
		return {
			id: `doc-${String(d).padStart(5, '0')}`,
			outlet: `outlet-${d % 15}`,
			published: `2016-${String(month).padStart(2, '0')}-${String(1 + (d % 28)).padStart(2, '0')}`,
			units
		};
	});
}
