import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BriefingError, type ChartPin, type QuotePin } from '$lib/briefing/items';
import {
	addItem,
	createBriefing,
	currentBriefing,
	deleteBriefing,
	getBriefing,
	listBriefings,
	moveItem,
	removeItem,
	renameBriefing,
	setCaption
} from './briefings';
import { openStore, type Store } from './store';

const chart = (chart: ChartPin['chart'], query = 'corpus=seeds'): ChartPin => ({
	kind: 'chart',
	chart,
	corpus: 'seeds',
	query,
	title: `The ${chart}`
});
const QUOTE: QuotePin = {
	kind: 'quote',
	corpus: 'seeds',
	unit: {
		id: 31,
		article: 7,
		ordinal: 2,
		kind: 'body',
		start: 40,
		end: 95,
		text: 'Moscow urged Washington to join forces against ISIS.',
		actors: ['russia'],
		codes: []
	},
	article: { id: 7, outlet: 'RT', title: 'A coalition', dateLabel: '1 Oct 2015', url: null }
};

let store: Store;
/** Each call moves the clock one minute on, so every change has its own time. */
let minute: number;
const tick = () => vi.setSystemTime(Date.UTC(2016, 1, 1, 12, minute++));
const at = (m: number) => new Date(Date.UTC(2016, 1, 1, 12, m)).toISOString();
beforeEach(() => {
	vi.useFakeTimers({ toFake: ['Date'] });
	minute = 0;
	tick();
	store = openStore(':memory:');
});
afterEach(() => {
	store.close();
	vi.useRealTimers();
});

/** The briefing's item ids in order, after checking positions run 0..n-1. */
function order(id: number): number[] {
	const items = getBriefing(store, id)!.items;
	expect(items.map((item) => item.position)).toEqual(items.map((_, i) => i));
	return items.map((item) => item.id);
}

/** A briefing holding three charts, made at minutes 0–3. */
function threeCharts() {
	const id = createBriefing(store, 'Syria');
	const items = (['heatmap', 'bars', 'timeline'] as const).map((kind) => {
		tick();
		return addItem(store, id, chart(kind));
	});
	return { id, items };
}

describe('briefings', () => {
	it('creates a briefing with its name trimmed, empty and dated', () => {
		const id = createBriefing(store, '  Syria, autumn 2015 ');
		expect(getBriefing(store, id)).toEqual({
			id,
			name: 'Syria, autumn 2015',
			createdAt: at(0),
			updatedAt: at(0),
			items: []
		});
	});

	it('names a briefing created without a name after the UTC date', () => {
		vi.setSystemTime(new Date('2016-03-09T23:30:00-05:00'));
		expect(getBriefing(store, createBriefing(store, ' '))!.name).toBe('Briefing 2016-03-10');
	});

	it('cuts names to 200 characters and refuses a blank rename', () => {
		const id = createBriefing(store, 'n'.repeat(250));
		expect(getBriefing(store, id)!.name).toBe('n'.repeat(200));
		expect(() => renameBriefing(store, id, '   ')).toThrow(
			new BriefingError('A briefing needs a name')
		);
	});

	it('refuses a name with a control character, which no slide could show', () => {
		const id = createBriefing(store, 'Syria');
		expect(() => renameBriefing(store, id, 'Sy\u0000ria')).toThrow(
			new BriefingError(
				'A briefing name holds a control character (U+0000 at character 3) that no export can hold'
			)
		);
		expect(() => createBriefing(store, 'Sy\u001bria')).toThrow(BriefingError);
		expect(getBriefing(store, id)!.name).toBe('Syria');
	});

	it('keeps a caption’s lines but drops what no slide can hold', () => {
		const { id, items } = threeCharts();
		setCaption(store, items[0]!, 'Why RT\u0000 leads\nafter 30 Sept');
		expect(getBriefing(store, id)!.items[0]!.caption).toBe('Why RT leads\nafter 30 Sept');
	});

	it('lists briefings with their item counts, the most recently updated first', () => {
		const { id: syria } = threeCharts();
		tick();
		const ukraine = createBriefing(store, 'Ukraine');
		expect(listBriefings(store)).toEqual([
			{ id: ukraine, name: 'Ukraine', items: 0, updatedAt: at(4) },
			{ id: syria, name: 'Syria', items: 3, updatedAt: at(3) }
		]);
		tick();
		renameBriefing(store, syria, 'Syria 2015');
		expect(listBriefings(store).map((b) => [b.name, b.updatedAt])).toEqual([
			['Syria 2015', at(5)],
			['Ukraine', at(4)]
		]);
	});

	it('gives no briefing for an unknown id', () => {
		expect(getBriefing(store, 7)).toBeNull();
	});

	it('deletes a briefing with its items', () => {
		const { id } = threeCharts();
		deleteBriefing(store, id);
		expect(listBriefings(store)).toEqual([]);
		expect(store.prepare('SELECT count(*) FROM briefing_items').pluck().get()).toBe(0);
	});

	it('pins to the most recently updated briefing, or to a new one when there is none', () => {
		const first = currentBriefing(store);
		expect(listBriefings(store).map((b) => b.name)).toEqual(['Briefing 2016-02-01']);
		expect(currentBriefing(store)).toBe(first);
		tick();
		const second = createBriefing(store, 'Second');
		expect(currentBriefing(store)).toBe(second);
		tick();
		addItem(store, first, QUOTE);
		expect(currentBriefing(store)).toBe(first);
	});
});

describe('briefing items', () => {
	it('appends pins in order, with trimmed captions, and gives them back as pinned', () => {
		const { id, items } = threeCharts();
		tick();
		const quote = addItem(store, id, QUOTE, '  Moscow’s appeal ');
		expect(getBriefing(store, id)!.items).toEqual([
			...items.map((item, i) => ({
				id: item,
				position: i,
				caption: '',
				pin: chart((['heatmap', 'bars', 'timeline'] as const)[i]!),
				createdAt: at(i + 1)
			})),
			{ id: quote, position: 3, caption: 'Moscow’s appeal', pin: QUOTE, createdAt: at(4) }
		]);
		expect(store.prepare('SELECT kind FROM briefing_items ORDER BY id').pluck().all()).toEqual([
			'chart',
			'chart',
			'chart',
			'quote'
		]);
	});

	it('checks a pin again before storing it, dropping ev-* params', () => {
		const id = createBriefing(store, 'Syria');
		const item = addItem(store, id, chart('bars', 'sort=a&ev-outlet=RT'));
		expect(getBriefing(store, id)!.items[0]).toMatchObject({
			id: item,
			pin: chart('bars', 'sort=a')
		});
		expect(() => addItem(store, id, { ...QUOTE, corpus: '' })).toThrow(
			new BriefingError('pin.corpus must not be empty')
		);
		expect(order(id)).toEqual([item]);
	});

	it('trims captions, cuts them to 500 characters and clears them when blank', () => {
		const { id, items } = threeCharts();
		setCaption(store, items[0]!, `  ${'c'.repeat(600)}`);
		setCaption(store, items[1]!, '  Why RT leads  ');
		setCaption(store, items[1]!, ' ');
		setCaption(store, items[2]!, 'Spikes after 30 Sept');
		expect(getBriefing(store, id)!.items.map((item) => item.caption)).toEqual([
			'c'.repeat(500),
			'',
			'Spikes after 30 Sept'
		]);
	});

	it.each([
		['the first item down', 0, 1, [1, 0, 2]],
		['the last item up', 2, -1, [0, 2, 1]],
		['the middle item up', 1, -1, [1, 0, 2]],
		['the first item up (no change)', 0, -1, [0, 1, 2]],
		['the last item down (no change)', 2, 1, [0, 1, 2]]
	] as const)('moves %s', (_case, index, by, expected) => {
		const { id, items } = threeCharts();
		moveItem(store, items[index]!, by);
		expect(order(id)).toEqual(expected.map((i) => items[i]));
	});

	it.each([
		['the first', 0, [1, 2]],
		['the middle', 1, [0, 2]],
		['the last', 2, [0, 1]]
	] as const)('removes %s item and numbers the rest from 0', (_case, index, expected) => {
		const { id, items } = threeCharts();
		removeItem(store, items[index]!);
		expect(order(id)).toEqual(expected.map((i) => items[i]));
		const appended = addItem(store, id, QUOTE);
		expect(order(id)).toEqual([...expected.map((i) => items[i]), appended]);
	});
});

describe('every change', () => {
	type Change = (briefing: number, items: number[]) => unknown;
	it.each<[string, Change]>([
		['renaming', (briefing) => renameBriefing(store, briefing, 'Renamed')],
		['adding an item', (briefing) => addItem(store, briefing, QUOTE)],
		['captioning an item', (_briefing, items) => setCaption(store, items[0]!, 'Why')],
		['moving an item', (_briefing, items) => moveItem(store, items[0]!, 1)],
		['removing an item', (_briefing, items) => removeItem(store, items[0]!)]
	])('marks the briefing updated when %s', (_case, change) => {
		const { id, items } = threeCharts();
		const other = createBriefing(store, 'Other');
		tick();
		change(id, items);
		expect(getBriefing(store, id)!.updatedAt).toBe(at(4));
		expect(getBriefing(store, id)!.createdAt).toBe(at(0));
		expect(getBriefing(store, other)!.updatedAt).toBe(at(3));
	});

	it('leaves the briefing as it was when a move has nowhere to go', () => {
		const { id, items } = threeCharts();
		tick();
		moveItem(store, items[0]!, -1);
		expect(getBriefing(store, id)!.updatedAt).toBe(at(3));
	});

	it.each([
		['renaming', () => renameBriefing(store, 7, 'Name'), 'There is no briefing 7'],
		['deleting', () => deleteBriefing(store, 7), 'There is no briefing 7'],
		['adding to', () => addItem(store, 7, QUOTE), 'There is no briefing 7'],
		['captioning', () => setCaption(store, 12, 'Why'), 'There is no briefing item 12'],
		['moving', () => moveItem(store, 12, 1), 'There is no briefing item 12'],
		['removing', () => removeItem(store, 12), 'There is no briefing item 12']
	])('refuses %s an unknown id, changing nothing', (_case, change, message) => {
		expect(change).toThrow(BriefingError);
		expect(change).toThrow(message);
		expect(store.prepare('SELECT count(*) FROM briefing_items').pluck().get()).toBe(0);
		expect(listBriefings(store)).toEqual([]);
	});
});

describe('a briefing on disk', () => {
	let dir: string;
	beforeEach(() => {
		dir = mkdtempSync(join(tmpdir(), 'parallax-briefings-'));
	});
	afterEach(() => rmSync(dir, { recursive: true, force: true }));

	it('survives a reopen with its items, order and captions', () => {
		const path = join(dir, 'parallax.db');
		const first = openStore(path);
		const id = createBriefing(first, 'Syria');
		const bars = addItem(first, id, chart('bars'));
		const quote = addItem(first, id, QUOTE, 'The appeal');
		moveItem(first, quote, -1);
		const before = getBriefing(first, id);
		first.close();

		const reopened = openStore(path);
		expect(getBriefing(reopened, id)).toEqual(before);
		expect(getBriefing(reopened, id)!.items.map((item) => [item.id, item.caption])).toEqual([
			[quote, 'The appeal'],
			[bars, '']
		]);
		reopened.close();
	});
});
