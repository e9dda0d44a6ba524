import { describe, expect, it } from 'vitest';
import { baseNameOf, folderOf, pairManifests } from './manifests';

const file = (name: string, text: string) => ({ name, bytes: new TextEncoder().encode(text) });
const MANIFEST = 'file,outlet,published\na.txt,RT,2015-10-13\nb.txt,TASS,2015-10-14\n';
const summary = (result: ReturnType<typeof pairManifests>) => ({
	inputs: result.inputs.map(({ file, manifest, brokenManifest }) => ({
		name: file.name,
		listed: manifest?.map((entry) => entry.file) ?? null,
		brokenManifest: brokenManifest ?? null
	})),
	problems: result.problems
});

describe('folderOf and baseNameOf', () => {
	it.each([
		['a.zip/seeds/x.txt', 'a.zip/seeds', 'x.txt'],
		['C:\\data\\x.csv', 'C:\\data', 'x.csv'],
		['x.csv', '', 'x.csv']
	])('split %s into its folder and name', (name, folder, base) => {
		expect([folderOf(name), baseNameOf(name)]).toEqual([folder, base]);
	});
});

describe('pairManifests', () => {
	it('gives each .txt its folder’s manifest entries and keeps the manifest out of the inputs', () => {
		const result = pairManifests([
			file('s/manifest.csv', MANIFEST),
			file('s/a.txt', 'A'),
			file('s/b.txt', 'B'),
			file('other.csv', 'text\nC\n')
		]);
		expect(summary(result)).toEqual({
			inputs: [
				{ name: 's/a.txt', listed: ['a.txt', 'b.txt'], brokenManifest: null },
				{ name: 's/b.txt', listed: ['a.txt', 'b.txt'], brokenManifest: null },
				{ name: 'other.csv', listed: null, brokenManifest: null }
			],
			problems: []
		});
	});

	it('reports a .txt the manifest does not list and a listed file that is absent, together', () => {
		const result = pairManifests([
			file('s/manifest.csv', MANIFEST),
			file('s/a.txt', 'A'),
			file('s/stray.txt', 'S')
		]);
		expect(summary(result)).toEqual({
			inputs: [{ name: 's/a.txt', listed: ['a.txt', 'b.txt'], brokenManifest: null }],
			problems: [
				{ file: 's/manifest.csv', row: 3, field: 'file', reason: '"b.txt" is not in s' },
				{ file: 's/stray.txt', reason: 'is not listed in s/manifest.csv' }
			]
		});
	});

	it('checks a sidecar manifest one way only: the named .txt must be listed', () => {
		const result = pairManifests(
			[file('s/a.txt', 'A'), file('s/c.txt', 'C')],
			[file('s/manifest.csv', MANIFEST)]
		);
		expect(summary(result)).toEqual({
			inputs: [{ name: 's/a.txt', listed: ['a.txt', 'b.txt'], brokenManifest: null }],
			problems: [{ file: 's/c.txt', reason: 'is not listed in s/manifest.csv' }]
		});
	});

	it('keeps a manifest.csv with no .txt beside it as an ordinary input', () => {
		expect(summary(pairManifests([file('manifest.csv', MANIFEST)]))).toEqual({
			inputs: [{ name: 'manifest.csv', listed: null, brokenManifest: null }],
			problems: []
		});
	});

	it('lists a broken manifest’s problems and marks its folder’s .txt files', () => {
		const result = pairManifests([
			file('s/manifest.csv', 'file,outlet\na.txt,\n'),
			file('s/a.txt', 'A')
		]);
		expect(summary(result)).toEqual({
			inputs: [{ name: 's/a.txt', listed: null, brokenManifest: 's/manifest.csv' }],
			problems: [
				{
					file: 's/manifest.csv',
					row: 2,
					field: 'outlet',
					reason: 'is empty; each article needs its outlet'
				}
			]
		});
	});
});
