import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readArticleFolder } from './article-folder';

let dir: string;
beforeEach(() => {
	dir = join(mkdtempSync(join(tmpdir(), 'parallax-folder-')), 'articles');
	mkdirSync(dir);
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('readArticleFolder', () => {
	it('pairs each .txt file with its manifest row and gives the path it was read from', () => {
		writeFileSync(join(dir, 'manifest.csv'), 'file,outlet,published\na.txt,RT,2015-10-13\n');
		writeFileSync(join(dir, 'a.txt'), 'Moscow\u00a0said “no”.\r\n');
		const [article] = readArticleFolder(dir);
		expect(article).toMatchObject({
			file: join(dir, 'a.txt'),
			outlet: { name: 'RT' },
			published: { iso: '2015-10-13', precision: 'day' },
			text: 'Moscow\u00a0said “no”.\r\n'
		});
	});

	it('reports files missing from the folder and files missing from the manifest together', () => {
		writeFileSync(join(dir, 'manifest.csv'), 'file,outlet\na.txt,RT\ngone.txt,TASS\n');
		writeFileSync(join(dir, 'a.txt'), 'Text.');
		writeFileSync(join(dir, 'stray.txt'), 'Text.');
		expect(() => readArticleFolder(dir)).toThrow(
			[
				`${join(dir, 'manifest.csv')}, row 3, field "file": "gone.txt" is not in ${dir}`,
				`${join(dir, 'stray.txt')}: is not listed in ${join(dir, 'manifest.csv')}`
			].join('\n')
		);
	});

	it('throws on a folder without a manifest, saying what it needs', () => {
		expect(() => readArticleFolder(dir)).toThrow(
			`${join(dir, 'manifest.csv')}: is missing: a folder of .txt articles needs a manifest.csv beside them with at least the columns file and outlet`
		);
	});
});
