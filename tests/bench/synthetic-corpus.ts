// A synthetic corpus for benchmarks: articles made by recombining the seeds' sentences, with the
// page furniture real exports carry. Seeded, so every run makes the same text.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { seededRandom } from '../../src/lib/engine/evaluation/seeded-random';

export interface SyntheticRow {
	id: string;
	outlet: string;
	date: string;
	text: string;
}

const furniture = [
	'Listen Live',
	'Get short URL',
	'0 46',
	'Fact checked',
	'LISTEN MORE:',
	'Read more: Related coverage'
];
const outlets = [
	'Sputnik',
	'RT',
	'TASS',
	'Reuters',
	'Al Arabiya',
	'SANA',
	'Daily Sabah',
	'Jordan Times'
];

/** The seeds' sentences of six words or more, the material every synthetic article is made of. */
export function seedSentences(folder = 'seeds'): string[] {
	return readdirSync(folder)
		.filter((name) => name.endsWith('.txt'))
		.map((name) => readFileSync(join(folder, name), 'utf8'))
		.flatMap((text) => text.split(/(?<=[.!?][”"’]?)\s+|\n+/))
		.map((sentence) => sentence.trim())
		.filter((sentence) => sentence.split(/\s+/).length >= 6);
}

/** `count` articles with ids `bench-0…`, eight outlets and 2015 dates, the same for the same seed. */
export function syntheticRows(count: number, seed: number, sentences: string[]): SyntheticRow[] {
	const next = seededRandom(seed);
	const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
	const article = (): string => {
		const lines: string[] = [pick(sentences).replace(/[.!?]+$/, ''), ''];
		if (next() < 0.5) lines.push(pick(furniture), '');
		const paragraphs = 8 + Math.floor(next() * 10);
		for (let p = 0; p < paragraphs; p++) {
			const sentenceCount = 1 + Math.floor(next() * 3);
			lines.push(Array.from({ length: sentenceCount }, () => pick(sentences)).join(' '), '');
		}
		if (next() < 0.3) lines.push(pick(furniture));
		return lines.join('\n');
	};
	const day = (n: number) => String(n).padStart(2, '0');
	return Array.from({ length: count }, (_, i) => ({
		id: `bench-${i}`,
		outlet: pick(outlets),
		date: `2015-${day(1 + Math.floor(next() * 12))}-${day(1 + Math.floor(next() * 28))}`,
		text: article()
	}));
}
