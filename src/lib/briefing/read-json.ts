// Small readers for untrusted JSON, each naming the field at fault, for the briefing's pin checks.
import { stripUnsafe } from '$lib/engine/reading/fields';

/** A pin, caption or name the user sent that cannot be kept; the message is for the user. */
export class BriefingError extends Error {
	constructor(message: string) {
		super(message);
		this.name = 'BriefingError';
	}
}

export type JsonObject = Record<string, unknown>;

export function fail(field: string, problem: string): never {
	throw new BriefingError(`${field} ${problem}`);
}

/** Cuts text to at most `max` UTF-16 units without leaving half a surrogate pair at the end. */
export function clip(text: string, max: number): string {
	if (text.length <= max) return text;
	const last = text.charCodeAt(max - 1);
	return text.slice(0, last >= 0xd800 && last <= 0xdbff ? max - 1 : max);
}

export function object(value: unknown, field: string): JsonObject {
	if (typeof value !== 'object' || value === null || Array.isArray(value))
		fail(field, 'must be an object');
	return value as JsonObject;
}

export function list(value: unknown, field: string): unknown[] {
	if (!Array.isArray(value)) fail(field, 'must be a list');
	return value;
}

export function oneOf<T extends string>(value: unknown, field: string, options: readonly T[]): T {
	if (typeof value !== 'string' || !(options as readonly string[]).includes(value))
		fail(field, `must be one of ${options.join(', ')}`);
	return value as T;
}

/**
 * A string cut to `max`: what is kept to be read, where only the tail would be lost. Characters
 * no slide or export can hold are dropped, as an import drops them from article text.
 */
export function text(value: unknown, field: string, max: number): string {
	if (typeof value !== 'string') fail(field, 'must be a string');
	return clip(stripUnsafe(value).text, max);
}

/** Like `text`, but blank is refused: names and keys a pin cannot do without. */
export function required(value: unknown, field: string, max: number): string {
	const kept = text(value, field, max);
	if (kept.trim() === '') fail(field, 'must not be empty');
	return kept;
}

export function strings(value: unknown, field: string, max: number): string[] {
	return list(value, field).map((item, i) => text(item, `${field}[${i}]`, max));
}

export function integer(value: unknown, field: string, min: number): number {
	if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < min)
		fail(field, `must be a whole number of at least ${min}`);
	return value;
}

export function fraction(value: unknown, field: string): number {
	if (typeof value !== 'number' || !(value >= 0 && value <= 1))
		fail(field, 'must be a number from 0 to 1');
	return value;
}
