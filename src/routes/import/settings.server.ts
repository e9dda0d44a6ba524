// How much the import may take of the server, from the environment: how long an unused upload is
// kept, how much disk all uploads may fill, and how many files are read at once.

export interface ImportSettings {
	/** An upload nobody has used for this long is removed by the next sweep. */
	uploadIdleMs: number;
	/** All uploads waiting to be imported together take at most this much disk. */
	uploadQuotaBytes: number;
	/** Import worker threads at once; further uploads queue. */
	importWorkers: number;
}

export const DEFAULT_SETTINGS: ImportSettings = {
	uploadIdleMs: 2 * 60 * 60 * 1000,
	uploadQuotaBytes: 2 * 1024 ** 3,
	importWorkers: 2
};

const SIZE = /^(\d+(?:\.\d+)?)\s*([KMG]?)B?$/i;
const MULTIPLIER: Record<string, number> = { '': 1, K: 1024, M: 1024 ** 2, G: 1024 ** 3 };

/** "2G", "500M", "750K" or a number of bytes, as BODY_SIZE_LIMIT is written; null if not one. */
export function parseBytes(text: string): number | null {
	const match = SIZE.exec(text.trim());
	if (!match) return null;
	const [, amount = '', unit = ''] = match;
	return Math.round(Number(amount) * (MULTIPLIER[unit.toUpperCase()] ?? 1));
}

const warned = new Set<string>();

function read<T>(
	env: Record<string, string | undefined>,
	name: string,
	parse: (text: string) => T | null,
	fallback: T
): T {
	const text = env[name]?.trim();
	if (!text) return fallback;
	const value = parse(text);
	if (value !== null) return value;
	if (!warned.has(`${name}=${text}`)) {
		warned.add(`${name}=${text}`);
		console.warn(`Parallax: ${name}=${text} is not understood; using ${String(fallback)}.`);
	}
	return fallback;
}

const positive = (value: number) => (Number.isFinite(value) && value > 0 ? value : null);

export function importSettings(
	env: Record<string, string | undefined> = process.env
): ImportSettings {
	return {
		uploadIdleMs: read(
			env,
			'PARALLAX_UPLOAD_IDLE_MINUTES',
			(text) => positive(Number(text) * 60 * 1000),
			DEFAULT_SETTINGS.uploadIdleMs
		),
		uploadQuotaBytes: read(
			env,
			'PARALLAX_UPLOAD_QUOTA',
			(text) => positive(parseBytes(text) ?? NaN),
			DEFAULT_SETTINGS.uploadQuotaBytes
		),
		importWorkers: read(
			env,
			'PARALLAX_IMPORT_WORKERS',
			(text) => (/^\d+$/.test(text) ? positive(Number(text)) : null),
			DEFAULT_SETTINGS.importWorkers
		)
	};
}

/** "2 hours", "90 minutes": how long an unused upload is kept, for messages. */
export function idleWords(ms: number): string {
	const minutes = Math.round(ms / 60_000);
	if (minutes % 60 === 0) return `${minutes / 60} ${minutes === 60 ? 'hour' : 'hours'}`;
	return `${minutes} ${minutes === 1 ? 'minute' : 'minutes'}`;
}
