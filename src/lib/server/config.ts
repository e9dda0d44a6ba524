// Where the server keeps its store and finds its seeds; both overridable by environment variables.
export const DEFAULT_DB_PATH = 'data/parallax.db';
export const DEFAULT_SEEDS_FOLDER = 'seeds';

export interface ServerConfig {
	dbPath: string;
	seedsFolder: string;
}

export function readConfig(env: Record<string, string | undefined> = process.env): ServerConfig {
	return {
		dbPath: env.PARALLAX_DB?.trim() || DEFAULT_DB_PATH,
		seedsFolder: env.PARALLAX_SEEDS?.trim() || DEFAULT_SEEDS_FOLDER
	};
}
