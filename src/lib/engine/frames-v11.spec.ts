// The codebook's v1.1 lines on real prose (CODEBOOK.md, "Where the lines run on real articles"):
// a state outlet's narration is its side speaking, a deed charged names its doer as the target,
// truces and vetoes are cooperation and its refusal. Sentences here are written for the tests.
import { describe, expect, it } from 'vitest';
import { analyzeText } from './analyze';
import { findActors } from './actors';
import { defaultCodebook, outletActor } from './codebook';
import { codeUnit } from './frames';
import { coded } from './testing/coded';

const framesOf = (text: string, outlet: string | null = null) =>
	analyzeText(text, defaultCodebook, { outlet })
		.filter((u) => u.kind !== 'boilerplate')
		.map((u) => u.frames.map((f) => [f.frame, f.source, f.targets]));

describe('a state outlet speaks in its own narration', () => {
	const deed = 'Russian warplanes bombed a crowded market in the town on Tuesday.';

	it('codes a deed reported by a side’s outlet as that side’s charge, the doer as the target', () => {
		expect(framesOf(deed, 'etilaf')).toEqual([[['accusation', 'Syrian opposition', ['Russia']]]]);
	});

	it('codes nothing in the same narration from an outlet that is no side’s', () => {
		expect(framesOf(deed, 'reuters')).toEqual([[]]);
	});

	it('codes nothing when the outlet attributes the finding to a monitor', () => {
		const monitored =
			'A report by a monitoring group showed Russian warplanes bombed a crowded market.';
		expect(framesOf(monitored, 'sputniknews.com')).toEqual([[]]);
		expect(
			framesOf('Russian warplanes bombed a crowded market, the monitor said.', 'etilaf')
		).toEqual([[]]);
	});

	it('knows a state outlet by its name or its domain', () => {
		expect(outletActor(defaultCodebook, 'Sputnik')).toBe('Russia');
		expect(outletActor(defaultCodebook, 'https://www.sputniknews.com/world/')).toBe('Russia');
		expect(outletActor(defaultCodebook, 'the-new-york-times')).toBeNull();
		expect(outletActor(defaultCodebook, null)).toBeNull();
	});

	it('reads the name an outlet calls its own body by as that body', () => {
		const text = 'The Coalition condemned the massacre committed by regime forces in the suburbs.';
		expect(framesOf(text, 'etilaf')).toEqual([[['accusation', 'Syrian opposition', ['Syria']]]]);
	});
});

describe('who charges and who is charged', () => {
	it('takes the subject of a charging verb as the source, never the party charged', () => {
		expect(coded('Paris blamed the Assad regime for the chemical attack.')).toEqual([
			['accusation', 'France', ['Syria']]
		]);
	});

	it('takes the doer of a deed as the target and the speaker as the source', () => {
		expect(
			coded('Government forces dropped barrel bombs on two hospitals.', {
				speaker: 'Syrian opposition'
			})
		).toEqual([['accusation', 'Syrian opposition', ['Syria']]]);
	});

	it('codes a charge of using chemical weapons', () => {
		expect(coded('The rebels used chemical weapons near the city.', { speaker: 'Russia' })).toEqual(
			[['accusation', 'Russia', ['Syrian opposition']]]
		);
	});

	it('codes a call to stop crimes as a charge, but not a denial of them', () => {
		expect(coded('Ankara urged the world to stop the crimes of the regime.')).toEqual([
			['accusation', 'Turkey', ['Syria']]
		]);
		expect(coded('Damascus said its army did not commit crimes.', { speaker: 'Syria' })).toEqual(
			[]
		);
	});

	it('reads a charge in the passive as charging its subject, by the other side', () => {
		expect(
			coded('The regime has been accused of dropping barrel bombs on the town.', {
				documentActors: ['Syria', 'US']
			})
		).toEqual([['accusation', 'US', ['Syria']]]);
	});

	it('reads a progressive "is pointing at" as active, its subject charging', () => {
		expect(coded('Tehran is pointing at Washington over the strikes on the border.')).toEqual([
			['accusation', 'Iran', ['US']]
		]);
	});

	it('codes no charge a monitor reports, however a side is named in it', () => {
		const text =
			'Government airstrikes killed at least 20 civilians, the Syrian Observatory for Human Rights said.';
		expect(framesOf(text, 'etilaf')).toEqual([[]]);
	});

	it('codes civilians reported killed in a side’s airstrikes', () => {
		expect(
			coded('Over 30 civilians were killed in Russian airstrikes on the town.', {
				speaker: 'Syrian opposition'
			})
		).toEqual([['accusation', 'Syrian opposition', ['Russia']]]);
	});

	it('codes a raid hitting civilian districts, in every inflection of the verb', () => {
		for (const verb of ['raided towns, hitting', 'raids towns and hits'])
			expect(
				coded(`Russian jets ${verb} residential neighbourhoods.`, { speaker: 'Syrian opposition' })
			).toEqual([['accusation', 'Syrian opposition', ['Russia']]]);
	});

	it('codes no charge for a deed of the common enemy', () => {
		expect(coded('Daesh fighters shelled homes near the base.', { speaker: 'Russia' })).toEqual([]);
	});
});

describe('actors of the sides', () => {
	const actors = (text: string) => findActors(text, defaultCodebook).map((m) => m.actor);

	it('reads rebels, the opposition and government forces as actors of their side', () => {
		expect(actors('Rebels and government forces clashed as the opposition met.')).toEqual([
			'Syrian opposition',
			'Syria',
			'Syrian opposition'
		]);
	});

	it('reads a side’s state media as that side speaking', () => {
		expect(actors('Syrian state TV said the rebels fired first.')).toEqual([
			'Syria',
			'Syrian opposition'
		]);
		expect(
			coded('Syrian state media accused rebels of using chemical arms against troops in Jobar.')
		).toEqual([['accusation', 'Syria', ['Syrian opposition']]]);
	});

	it('reads pro-government troops and named rebel groups as actors of their side', () => {
		expect(
			actors('Damascus warned the rebel group as pro-government troops and Jaysh al-Islam clashed.')
		).toEqual(['Syria', 'Syrian opposition', 'Syria', 'Syrian opposition']);
		// "anti-Assad" names his opponents, not him.
		expect(actors('anti-Assad protesters')).toEqual(['Syrian opposition']);
	});

	it('reads a possessive written without an apostrophe', () => {
		expect(actors('Syrias army and Russias air force')).toEqual(['Syria', 'Russia']);
	});

	it('does not read a maker named in an adjective as a party', () => {
		const text = 'Rebels fired Russian-made rockets at the base, a spokesman said.';
		expect(
			codeUnit({ start: 0, text, actors: findActors(text, defaultCodebook) }, defaultCodebook, {
				speaker: null,
				documentActors: []
			})
		).toEqual([]);
	});

	it('does not read another name’s regime or coalition as the codebook’s', () => {
		expect(actors('He denounced the Obama regime and the Saudi coalition.')).toEqual([
			'US',
			'Saudi Arabia'
		]);
		expect(actors('The regime shelled the town.')).toEqual(['Syria']);
	});
});

describe('cooperation on real prose', () => {
	const refusal = (text: string) =>
		coded(text).filter(([frame]) => frame === 'cooperation_refused');

	it('codes a truce declared by one side: a truce is between sides by itself', () => {
		expect(coded('Moscow declared a 48-hour truce around the city against the jihadists.')).toEqual(
			[['cooperation_urged', 'Russia', ['US']]]
		);
	});

	it('codes a veto as a refusal', () => {
		expect(coded('Russia vetoed a draft resolution put forward by France on the city.')).toEqual([
			['cooperation_refused', 'Russia', ['France']]
		]);
	});

	it('codes a veto by the first of two named with an aside between them', () => {
		expect(
			coded('But Russia, a Syrian ally, and China have vetoed every move to sanction Assad.')
		).toEqual([['cooperation_refused', 'Russia', ['US']]]);
	});

	it('codes threats to answer the other side, cancelled visits and warnings against its strikes', () => {
		expect(
			refusal('Damascus threatened to shoot down any Turkish warplane over the border.')
		).toEqual([['cooperation_refused', 'Syria', ['Turkey']]]);
		expect(
			refusal('Putin cancelled a visit to Paris in a row over the bombing of Aleppo.')
		).toEqual([['cooperation_refused', 'Russia', ['France']]]);
		expect(refusal('Moscow warned against new US missile strikes on the base.')).toEqual([
			['cooperation_refused', 'Russia', ['US']]
		]);
	});

	it('codes a rejected plea or offer of the other side, and a vow that a strike will be answered', () => {
		expect(refusal('Moscow rejected a US plea to halt the flights over Aleppo.')).toEqual([
			['cooperation_refused', 'Russia', ['US']]
		]);
		expect(refusal('Damascus turned down the French offer of a humanitarian corridor.')).toEqual([
			['cooperation_refused', 'Syria', ['France']]
		]);
		expect(refusal('The Syrian army said the Turkish incursion would not go unpunished.')).toEqual([
			['cooperation_refused', 'Syria', ['Turkey']]
		]);
		// Rejecting a claim is no refusal of cooperation.
		expect(refusal('Moscow rejected the US claims about the convoy.')).toEqual([]);
	});

	it('codes an agreement ended or suspended, and a threat to answer any strike', () => {
		expect(
			refusal('Moscow suspended its memorandum on flight safety with Washington after the raid.')
		).toEqual([['cooperation_refused', 'Russia', ['US']]]);
		expect(
			refusal('Damascus declared the truce over, blaming the rebels for the shelling.')
		).toEqual([['cooperation_refused', 'Syria', ['Syrian opposition']]]);
		expect(refusal('The Kremlin said it would respond to any US strike on the base.')).toEqual([
			['cooperation_refused', 'Russia', ['US']]
		]);
		expect(
			refusal('Iran’s foreign ministry said Tehran would not let the Israeli raids go unanswered.')
		).toEqual([['cooperation_refused', 'Iran', ['Israel']]]);
		// An agreement that is declared, not declared over, is no refusal.
		expect(refusal('Moscow and Washington declared a truce in the south.')).toEqual([]);
	});

	it('does not read a veto held, or a strike answered, as a refusal', () => {
		expect(coded('Moscow, which holds a veto, defended its ally in the Council.')).toEqual([]);
		expect(coded('In retaliation for the shelling, rebels fired rockets at Damascus.')).toEqual([]);
	});

	it('codes a bare deal or talks only in a unit that names the shared war', () => {
		expect(
			coded('Washington and Tehran reached a deal on trade tariffs.', { enemyInStory: true })
		).toEqual([]);
		expect(
			coded('Washington and Moscow reached a deal on Aleppo.', { enemyInStory: true })
		).toEqual([['cooperation_urged', 'US', ['Russia']]]);
	});

	it('codes a walk-out from talks as a refusal', () => {
		expect(coded('Washington walked away from the talks with Moscow over the siege.')).toEqual([
			['cooperation_refused', 'US', ['Russia']]
		]);
	});

	it('does not code talks named in passing inside a charge', () => {
		expect(
			coded('Damascus said Washington sabotaged the negotiations by arming terrorists.', {
				speaker: 'Syria'
			}).map(([frame]) => frame)
		).not.toContain('cooperation_urged');
	});
});

describe('furniture run into the prose', () => {
	it('reads a tag list, an embedded tweet and a video credit as furniture', () => {
		const text =
			'Tags Syria Aleppo Russia Ceasefire Truce. Russia and the US agreed a truce in Aleppo against the jihadists. Now in Aleppo, aid is blocked pic.twitter.comAbC123 June 10 2016. Air strikes on the town kill dozens - YouTube Air strikes hit it.';
		expect(analyzeText(text, defaultCodebook).map((u) => u.kind)).toEqual([
			'boilerplate',
			'body',
			'boilerplate',
			'boilerplate'
		]);
	});
});

describe('a headline run into the first paragraph', () => {
	it('is split from its weekday dateline and read as the headline', () => {
		const title = 'Coalition Condemns Russian Strikes on Aleppo Markets';
		const text = `Tuesday 14 November 2017 ${title}. The Coalition said the strikes killed dozens of civilians.`;
		const units = analyzeText(text, defaultCodebook, { title, outlet: 'etilaf' });
		expect(units.map((u) => u.kind)).toEqual(['boilerplate', 'headline', 'body']);
		expect(units[1]?.frames.map((f) => f.frame)).toEqual(['accusation']);
	});
});
