import { describe, expect, it } from 'vitest';
import { dateKeys, numberKeys } from './date-keys';

describe('dateKeys', () => {
	it.each([
		['on September 30', '2015-10-13', ['d:2015-09-30']],
		['on 30 September', '2015-10-13', ['d:2015-09-30']],
		['on Sept. 30', '2015-10-13', ['d:2015-09-30']],
		['on 30th of September', '2015-10-13', ['d:2015-09-30']],
		['on Sep 30, 2014', '2015-10-13', ['d:2014-09-30']],
		['on September 30min an effort', '2015-10-13', ['d:2015-09-30']],
		['on December 28', '2016-01-05', ['d:2015-12-28']],
		['on September 30', null, ['d:--09-30']],
		['since late September', '2015-11-12', ['m:2015-09']],
		['in March 2011', '2016-07-02', ['m:2011-03']],
		['Putin said on Tuesday', '2015-10-15', ['r:2015-10-13']],
		['the ministry said Tuesday', '2015-10-13', ['r:2015-10-13']],
		['Date of publication 10 July 2016', '2016-07-10', ['r:2016-07-10']],
		['Putin said on Tuesday', null, []],
		['we may march on', '2015-10-13', []]
	])('reads %j published %s as %j', (text, published, keys) => {
		expect(dateKeys(text, published).keys).toEqual(keys);
	});

	it('blanks the dates it read, so their digits are not numbers too', () => {
		const { rest } = dateKeys('on October 31 that killed 224', '2015-12-11');
		expect(numberKeys(rest)).toEqual(['n:224']);
	});
});

describe('numberKeys', () => {
	it.each([
		['as many as 30,000 fighters', ['n:30000']],
		['86 targets in 88 sorties', ['n:86', 'n:88']],
		['an Airbus 321-200', ['n:200', 'n:321']],
		['since 2011, 280,000 killed', ['n:280000', 'y:2011']],
		['no numbers here', []]
	])('reads %j as %j', (text, keys) => {
		expect(numberKeys(text)).toEqual(keys);
	});
});
