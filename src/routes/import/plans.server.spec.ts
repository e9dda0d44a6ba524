import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStore, type Store } from '$lib/server/store';
import { choiceFor, forgetPlan, planUpload } from './plans.server';
import { addUploadFile, createUpload, removeUpload } from './uploads.server';

describe('choiceFor', () => {
	const choices = {
		files: {
			'a.csv': { dateOrder: 'dmy' as const },
			'pack.zip/one.csv': { mapping: { text: 'body' } },
			'pack.zip/two.csv': { dateOrder: 'mdy' as const }
		}
	};

	it.each([
		['a.csv', { dateOrder: 'dmy' }],
		['pack.zip', { mapping: { text: 'body' } }],
		['b.csv', undefined],
		['other.zip', undefined]
	])('gives %s the choice %j', (name, expected) => {
		expect(choiceFor(name, choices)).toEqual(expected);
	});
});

describe('planUpload', () => {
	let dir: string;
	let store: Store;
	let upload: string;

	beforeEach(async () => {
		dir = mkdtempSync(join(tmpdir(), 'parallax-plans-'));
		store = openStore(join(dir, 'parallax.db'));
		upload = await createUpload();
		const csv =
			'body,outlet,date\nMoscow urged talks.,RT,03/04/2017\nWashington refused.,BBC,04/05/2017\n';
		await addUploadFile(upload, 'a.csv', new Blob([csv]).stream());
	});

	afterEach(async () => {
		forgetPlan(upload);
		await removeUpload(upload);
		store.close();
		rmSync(dir, { recursive: true, force: true });
	});

	it('plans the uploaded files under the choices made for each', async () => {
		const undecided = await planUpload(store, upload, { files: {} });
		expect(undecided.totals.good).toBe(0);
		expect(undecided.files[0]?.dates?.ambiguous).toBe(true);
		const decided = await planUpload(store, upload, { files: { 'a.csv': { dateOrder: 'dmy' } } });
		expect(decided.totals.good).toBe(2);
		expect(decided.articles.map((article) => article.published?.iso)).toEqual([
			'2017-04-03',
			'2017-05-04'
		]);
	});

	it('gives the same plan back for the same choices without reading the files again', async () => {
		const choices = { files: { 'a.csv': { dateOrder: 'mdy' as const } } };
		const first = await planUpload(store, upload, choices);
		expect(await planUpload(store, upload, { files: { 'a.csv': { dateOrder: 'mdy' } } })).toBe(
			first
		);
		forgetPlan(upload);
		expect(await planUpload(store, upload, choices)).not.toBe(first);
	});
});
