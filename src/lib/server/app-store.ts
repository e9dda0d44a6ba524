// The one store the running app uses: opened on first need, seeded on first start.
import { readConfig } from './config';
import { ensureSeedCorpus } from './seed-corpus';
import { openStore, type Store } from './store';

let store: Store | undefined;

export function appStore(): Store {
	if (store) return store;
	const config = readConfig();
	const opened = openStore(config.dbPath);
	try {
		const seeds = ensureSeedCorpus(opened, config.seedsFolder);
		const what =
			seeds.status === 'imported'
				? `imported the seed corpus (${seeds.articles} articles from ${config.seedsFolder}/)`
				: `seed corpus present (${seeds.articles} articles)`;
		console.log(`Parallax store ${config.dbPath}: ${what}`);
	} catch (error) {
		opened.close();
		throw error;
	}
	store = opened;
	return store;
}
