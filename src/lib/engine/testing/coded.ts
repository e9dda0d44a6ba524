// One sentence coded under the default codebook, as [frame, source, targets] triples: the shape
// the coder's specs compare against. The article's actors default to Russia and the US.
import { findActors } from '../actors';
import { defaultCodebook } from '../codebook';
import { codeUnit, type CodingContext } from '../frames';

export function coded(text: string, context: Partial<CodingContext> = {}) {
	return codeUnit({ start: 0, text, actors: findActors(text, defaultCodebook) }, defaultCodebook, {
		speaker: null,
		documentActors: ['Russia', 'US'],
		...context
	}).map((f) => [f.frame, f.source, f.targets]);
}
