import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS, idleWords, importSettings, parseBytes } from './settings.server';

describe('importSettings', () => {
	it('keeps unused uploads 2 hours, 2 GB of them at most, read by 2 workers when nothing is set', () => {
		expect(importSettings({})).toEqual({
			uploadIdleMs: 2 * 60 * 60 * 1000,
			uploadQuotaBytes: 2 * 1024 ** 3,
			importWorkers: 2
		});
	});

	it('reads each from its environment variable', () => {
		expect(
			importSettings({
				PARALLAX_UPLOAD_IDLE_MINUTES: '90',
				PARALLAX_UPLOAD_QUOTA: '500M',
				PARALLAX_IMPORT_WORKERS: '1'
			})
		).toEqual({
			uploadIdleMs: 90 * 60 * 1000,
			uploadQuotaBytes: 500 * 1024 ** 2,
			importWorkers: 1
		});
	});

	it.each([
		['PARALLAX_UPLOAD_IDLE_MINUTES', 'soon'],
		['PARALLAX_UPLOAD_QUOTA', '-3G'],
		['PARALLAX_IMPORT_WORKERS', '0']
	])('warns about %s=%s and keeps the default', (name, value) => {
		const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
		expect(importSettings({ [name]: value })).toEqual(DEFAULT_SETTINGS);
		expect(warn).toHaveBeenCalledOnce();
		warn.mockRestore();
	});
});

describe('parseBytes', () => {
	it.each([
		['2G', 2 * 1024 ** 3],
		['600M', 600 * 1024 ** 2],
		['750k', 750 * 1024],
		['1.5GB', 1.5 * 1024 ** 3],
		['1048576', 1048576],
		['lots', null]
	])('reads %j as %s', (text, bytes) => {
		expect(parseBytes(text)).toBe(bytes);
	});
});

describe('idleWords', () => {
	it.each([
		[60 * 60 * 1000, '1 hour'],
		[2 * 60 * 60 * 1000, '2 hours'],
		[90 * 60 * 1000, '90 minutes'],
		[60 * 1000, '1 minute']
	])('says %i ms as %j', (ms, words) => {
		expect(idleWords(ms)).toBe(words);
	});
});
