// The store's schema, as an ordered list of migrations; a store records how far it has come.

export interface Migration {
	version: number;
	name: string;
	sql: string;
}

export const MIGRATIONS: readonly Migration[] = [
	{
		version: 1,
		name: 'corpora, outlets and articles',
		sql: `
			CREATE TABLE corpora (
				id          INTEGER PRIMARY KEY,
				slug        TEXT NOT NULL UNIQUE,
				name        TEXT NOT NULL,
				description TEXT,
				source      TEXT,
				is_seed     INTEGER NOT NULL DEFAULT 0 CHECK (is_seed IN (0, 1)),
				created_at  TEXT NOT NULL
			);
			CREATE TABLE outlets (
				id     INTEGER PRIMARY KEY,
				name   TEXT NOT NULL UNIQUE COLLATE NOCASE,
				domain TEXT,
				type   TEXT
			);
			CREATE TABLE articles (
				id             INTEGER PRIMARY KEY,
				corpus_id      INTEGER NOT NULL REFERENCES corpora (id) ON DELETE CASCADE,
				outlet_id      INTEGER NOT NULL REFERENCES outlets (id),
				published      TEXT,
				date_precision TEXT CHECK (date_precision IN ('day', 'month', 'year', 'approximate')),
				title          TEXT,
				derived_title  TEXT,
				url            TEXT,
				attribution    TEXT,
				text           TEXT NOT NULL,
				word_count     INTEGER NOT NULL,
				content_hash   TEXT NOT NULL,
				source_file    TEXT NOT NULL,
				imported_at    TEXT NOT NULL,
				UNIQUE (corpus_id, content_hash),
				CHECK ((published IS NULL) = (date_precision IS NULL))
			);
			CREATE INDEX articles_by_corpus_date ON articles (corpus_id, published);
			CREATE INDEX articles_by_outlet ON articles (outlet_id);
			CREATE TABLE migrations (
				version    INTEGER PRIMARY KEY,
				name       TEXT NOT NULL,
				applied_at TEXT NOT NULL
			);
		`
	},
	{
		version: 2,
		name: 'coded units, frame codes and storylines, cached per corpus and codebook',
		sql: `
			CREATE TABLE analyses (
				id               INTEGER PRIMARY KEY,
				corpus_id        INTEGER NOT NULL REFERENCES corpora (id) ON DELETE CASCADE,
				codebook_id      TEXT NOT NULL,
				codebook_version TEXT NOT NULL,
				frames           TEXT NOT NULL,
				fingerprint      TEXT NOT NULL,
				created_at       TEXT NOT NULL,
				UNIQUE (corpus_id, fingerprint)
			);
			CREATE TABLE units (
				id          INTEGER PRIMARY KEY,
				analysis_id INTEGER NOT NULL REFERENCES analyses (id) ON DELETE CASCADE,
				article_id  INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
				ordinal     INTEGER NOT NULL,
				start       INTEGER NOT NULL,
				end         INTEGER NOT NULL CHECK (end > start),
				kind        TEXT NOT NULL,
				actors      TEXT NOT NULL
			);
			CREATE INDEX units_by_article ON units (analysis_id, article_id, ordinal);
			CREATE TABLE codes (
				id         INTEGER PRIMARY KEY,
				unit_id    INTEGER NOT NULL REFERENCES units (id) ON DELETE CASCADE,
				frame      TEXT NOT NULL,
				confidence REAL NOT NULL,
				source     TEXT,
				targets    TEXT NOT NULL,
				cues       TEXT NOT NULL
			);
			CREATE INDEX codes_by_unit ON codes (unit_id);
			CREATE INDEX codes_by_frame ON codes (frame);
			CREATE TABLE storylines (
				id          INTEGER PRIMARY KEY,
				analysis_id INTEGER NOT NULL REFERENCES analyses (id) ON DELETE CASCADE,
				key         TEXT NOT NULL,
				label       TEXT NOT NULL,
				terms       TEXT NOT NULL,
				rank        INTEGER NOT NULL,
				UNIQUE (analysis_id, key)
			);
			CREATE TABLE storyline_units (
				storyline_id INTEGER NOT NULL REFERENCES storylines (id) ON DELETE CASCADE,
				unit_id      INTEGER NOT NULL REFERENCES units (id) ON DELETE CASCADE,
				PRIMARY KEY (storyline_id, unit_id)
			);
		`
	},
	{
		version: 3,
		name: 'storyline cohesion, so the compare view can rank storylines',
		// Cached analyses are derived data: dropping them makes the next view recompute them
		// with the cohesion the engine gives, rather than keep storylines that lack it.
		sql: `
			DELETE FROM analyses;
			ALTER TABLE storylines ADD COLUMN cohesion REAL NOT NULL DEFAULT 0;
		`
	},
	{
		version: 4,
		name: 'outlet countries and aliases, so spellings of one outlet group under its name',
		sql: `
			ALTER TABLE outlets ADD COLUMN country TEXT;
			CREATE TABLE outlet_aliases (
				alias     TEXT PRIMARY KEY COLLATE NOCASE,
				outlet_id INTEGER NOT NULL REFERENCES outlets (id) ON DELETE CASCADE
			);
		`
	},
	{
		version: 5,
		name: 'column mappings remembered per file header, and uploads awaiting import',
		sql: `
			CREATE TABLE column_mappings (
				header_key TEXT PRIMARY KEY,
				header     TEXT NOT NULL,
				mapping    TEXT NOT NULL,
				date_order TEXT CHECK (date_order IN ('dmy', 'mdy')),
				saved_at   TEXT NOT NULL
			);
		`
	},
	{
		version: 6,
		name: 'briefings: pinned charts, quotes and storylines, in order, with captions',
		// A pin is stored as the JSON it was pinned as, so a briefing reads the same after the
		// corpus is re-imported or re-analysed; `kind` is kept beside it to be queried.
		sql: `
			CREATE TABLE briefings (
				id         INTEGER PRIMARY KEY,
				name       TEXT NOT NULL,
				created_at TEXT NOT NULL,
				updated_at TEXT NOT NULL
			);
			CREATE TABLE briefing_items (
				id          INTEGER PRIMARY KEY,
				briefing_id INTEGER NOT NULL REFERENCES briefings (id) ON DELETE CASCADE,
				position    INTEGER NOT NULL,
				kind        TEXT NOT NULL CHECK (kind IN ('chart', 'quote', 'storyline')),
				caption     TEXT NOT NULL DEFAULT '',
				pin         TEXT NOT NULL,
				created_at  TEXT NOT NULL
			);
			CREATE INDEX briefing_items_by_position ON briefing_items (briefing_id, position);
		`
	},
	{
		version: 7,
		name: 'stock paragraphs: the sentence each repeat of an outlet’s stock paragraph repeats',
		// Analyses stored before carry no repeats; their fingerprint no longer matches, so the next
		// view recomputes them. The index serves the few repeats an analysis has, not its units.
		sql: `
			ALTER TABLE units ADD COLUMN repeat_of INTEGER;
			CREATE INDEX units_repeating ON units (analysis_id) WHERE repeat_of IS NOT NULL;
		`
	},
	{
		version: 8,
		name: 'article attributes: the columns of an import no role took, as JSON',
		// Articles imported before kept no extra columns: they have none (NULL), as if the file had
		// none; re-importing the file brings them.
		sql: `
			ALTER TABLE articles ADD COLUMN attributes TEXT;
		`
	},
	{
		version: 9,
		name: 'near-copies: the first article of the corpus whose text an article nearly repeats',
		// Corpora imported before have no near-copies marked (NULL): each article counts on its own,
		// as it did; re-importing the files marks them.
		sql: `
			ALTER TABLE articles ADD COLUMN near_copy_of INTEGER REFERENCES articles (id) ON DELETE SET NULL;
		`
	}
];

export const LATEST_VERSION = MIGRATIONS.reduce((latest, m) => Math.max(latest, m.version), 0);
