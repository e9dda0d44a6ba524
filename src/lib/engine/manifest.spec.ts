import { describe, expect, it } from 'vitest';
import { InputError } from './input-error';
import { parseManifest } from './manifest';

const HEADER = 'file,outlet,domain,published,date_precision,title,url,outlet_type,attribution';

function problemsOf(text: string): string[] {
	try {
		parseManifest(text, 'seeds/manifest.csv');
	} catch (error) {
		if (error instanceof InputError) return error.message.split('\n');
		throw error;
	}
	throw new Error('expected parseManifest to throw');
}

describe('parseManifest', () => {
	it('reads every column into article metadata, with the spreadsheet row it came from', () => {
		const [entry] = parseManifest(
			`${HEADER}\na.txt,Sputnik,SputnikNews.com,2015-11-12,day,,https://sputniknews.com/x,state-affiliated,"Dateline, ""WASHINGTON"""\n`
		);
		expect(entry).toEqual({
			row: 2,
			file: 'a.txt',
			outlet: { name: 'Sputnik', domain: 'sputniknews.com', type: 'state-affiliated' },
			published: { iso: '2015-11-12', precision: 'day' },
			title: null,
			url: 'https://sputniknews.com/x',
			attribution: 'Dateline, "WASHINGTON"'
		});
	});

	it('needs only file and outlet; a date without a precision keeps the precision it carries', () => {
		expect(parseManifest('outlet,file,published\nRT,b.txt,2015-10\n')).toEqual([
			{
				row: 2,
				file: 'b.txt',
				outlet: { name: 'RT', domain: null, type: null },
				published: { iso: '2015-10', precision: 'month' },
				title: null,
				url: null,
				attribution: null
			}
		]);
	});

	it('reads a byte-order mark, CRLF line ends and header case without complaint', () => {
		const entries = parseManifest('\uFEFFFile,Outlet\r\na.txt,RT\r\nb.txt,TASS\r\n');
		expect(entries.map((entry) => [entry.row, entry.file, entry.outlet.name])).toEqual([
			[2, 'a.txt', 'RT'],
			[3, 'b.txt', 'TASS']
		]);
	});

	it('skips blank lines but keeps counting rows as a spreadsheet does', () => {
		const entries = parseManifest('file,outlet\na.txt,RT\n\nb.txt,TASS\n');
		expect(entries.map((entry) => entry.row)).toEqual([2, 4]);
	});

	it('keeps a comma-separated reading even when a quoted field is full of semicolons', () => {
		const entries = parseManifest('file,outlet,attribution\na.txt,RT,"one; two; three, four"\n');
		expect(entries[0]?.attribution).toBe('one; two; three, four');
	});

	it.each([
		[
			'a missing required column',
			'file,domain\na.txt,rt.com\n',
			'seeds/manifest.csv, row 1, field "outlet": required column is missing'
		],
		[
			'an empty outlet',
			'file,outlet\na.txt,\n',
			'seeds/manifest.csv, row 2, field "outlet": is empty; each article needs its outlet'
		],
		[
			'an empty file name',
			'file,outlet\n,RT\n',
			'seeds/manifest.csv, row 2, field "file": is empty; each row must name an article file'
		],
		[
			'a file outside the folder',
			'file,outlet\n../etc/passwd,RT\n',
			'seeds/manifest.csv, row 2, field "file": "../etc/passwd" must name a file in the manifest\'s own folder'
		],
		[
			'an impossible date',
			'file,outlet,published\na.txt,RT,2015-02-30\n',
			'seeds/manifest.csv, row 2, field "published": "2015-02-30" is not a day of the calendar'
		],
		[
			'a date in another format',
			'file,outlet,published\na.txt,RT,12/11/2015\n',
			'seeds/manifest.csv, row 2, field "published": "12/11/2015" is not a date in the form YYYY-MM-DD (or YYYY-MM, YYYY)'
		],
		[
			'a precision finer than the date',
			'file,outlet,published,date_precision\na.txt,RT,2015-10,day\n',
			'seeds/manifest.csv, row 2, field "published": precision "day" needs a full date, but "2015-10" has no day'
		],
		[
			'an unknown precision',
			'file,outlet,published,date_precision\na.txt,RT,2015-10-01,weekly\n',
			'seeds/manifest.csv, row 2, field "published": "weekly" is not a date precision (expected one of day, month, year, approximate)'
		],
		[
			'a precision without a date',
			'file,outlet,date_precision\na.txt,RT,day\n',
			'seeds/manifest.csv, row 2, field "date_precision": is given but "published" is empty'
		],
		[
			'a URL that is not a web address',
			'file,outlet,url\na.txt,RT,javascript:alert(1)\n',
			'seeds/manifest.csv, row 2, field "url": "javascript:alert(1)" is not an http(s) address'
		],
		[
			'a NUL in an outlet name',
			'file,outlet\na.txt,R\u0000T\n',
			'seeds/manifest.csv, row 2, field "outlet": holds a control character (U+0000 at character 2) that no export can hold'
		],
		[
			'a 2 MB title',
			`file,outlet,title\na.txt,RT,${'t'.repeat(2 ** 21)}\n`,
			'seeds/manifest.csv, row 2, field "title": is 2,097,152 characters long; a title has at most 1,000 (is the right column mapped?)'
		],
		[
			'a file listed twice',
			'file,outlet\na.txt,RT\na.txt,TASS\n',
			'seeds/manifest.csv, row 3, field "file": "a.txt" is already listed on row 2'
		],
		[
			'a row with too many fields',
			'file,outlet\na.txt,RT,extra\n',
			'seeds/manifest.csv, row 2: Too many fields: expected 2 fields but parsed 3'
		]
	])('throws on %s, naming file, row and field', (_case, text, message) => {
		expect(problemsOf(text)).toContain(message);
	});

	it('reports every bad row at once, not just the first', () => {
		expect(problemsOf('file,outlet,published\na.txt,,x\nb.txt,RT,2015-13\n')).toEqual([
			'seeds/manifest.csv, row 2, field "outlet": is empty; each article needs its outlet',
			'seeds/manifest.csv, row 2, field "published": "x" is not a date in the form YYYY-MM-DD (or YYYY-MM, YYYY)',
			'seeds/manifest.csv, row 3, field "published": "2015-13" has no month 13'
		]);
	});
});
