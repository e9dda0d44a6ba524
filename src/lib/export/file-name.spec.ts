import { describe, expect, it } from 'vitest';
import { exportFileName, type FileNameParts } from './file-name';

describe('exportFileName', () => {
	it.each([
		[
			{ chart: 'heatmap-outlet-by-frame', date: '2026-11-23', format: 'png', scale: 2 },
			'parallax-heatmap-outlet-by-frame-2026-11-23.png'
		],
		[
			{ chart: 'heatmap-outlet-by-frame', date: '2026-11-23', format: 'png', scale: 3 },
			'parallax-heatmap-outlet-by-frame-2026-11-23@3x.png'
		],
		[
			{ chart: 'actor-network', date: '2026-11-23', format: 'svg', slide: true },
			'parallax-actor-network-slide-2026-11-23.svg'
		],
		[
			{ chart: 'timeline-by-frame', date: '2026-11-23', format: 'csv', suffix: 'data' },
			'parallax-timeline-by-frame-data-2026-11-23.csv'
		],
		[
			{ chart: 'Compare: Élysée talks!', date: '2026-11-23', format: 'png' },
			'parallax-compare-elysee-talks-2026-11-23.png'
		]
	] as [FileNameParts, string][])('names %j %s', (parts, name) => {
		expect(exportFileName(parts)).toBe(name);
	});
});
