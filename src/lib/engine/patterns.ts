// Compiles a regular expression once per distinct source and flags: lexicon-built patterns are
// asked for on every unit, and recompiling them would cost more than matching.
const cache = new Map<string, RegExp>();

/** A shared, compiled pattern. Only for non-global expressions, whose matching keeps no state. */
export function pattern(source: string, flags: string): RegExp {
	const key = `${flags}/${source}`;
	let re = cache.get(key);
	if (!re) {
		re = new RegExp(source, flags);
		cache.set(key, re);
	}
	return re;
}
