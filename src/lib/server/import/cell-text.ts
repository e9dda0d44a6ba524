// A parsed cell as text, the way the engine's record reader sees it: nested JSON as JSON.
export function cellText(value: unknown): string {
	if (value === null || value === undefined) return '';
	if (typeof value === 'string') return value;
	return typeof value === 'object' ? JSON.stringify(value) : String(value);
}
