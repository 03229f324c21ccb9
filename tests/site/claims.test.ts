import { beforeAll, describe, expect, test } from 'vitest';
import { readContentSources } from '../../src/content-check/read';
import { parseContentFile, validate } from '../../src/content-check/parse';
import { REDIRECTS } from '../../src/lib/deploy-config';
import { normaliseForQuote } from '../../src/lib/quotes';
import { CLAIM, findTagged, type Claim } from '../../src/schemas/claim';
import {
	collectionSchemas,
	COLLECTIONS,
	standaloneTools,
	type CollectionDefinition,
	type DataCollectionName,
} from '../../src/schemas/collections';
import { readYaml } from '../helpers/content';
import { assertBuilt, fileForPath, listFiles, listPages, loadPage, readDist, textOf } from '../helpers/dist';

beforeAll(assertBuilt);

/**
 * Every claim of the content, found through the model (the fields whose schema is a
 * claim), read from the files as the check reads them: the scope is the model's, not
 * a list kept by this test.
 */
const sources = readContentSources('.');
const schemas = collectionSchemas(standaloneTools(sources.localityIds));
const claims = sources.files.flatMap((file) => {
	if ((COLLECTIONS[file.collection] as CollectionDefinition).schema === undefined) return [];
	const collection = file.collection as DataCollectionName;
	const data = validate(parseContentFile(file.file, file.text), schemas[collection]).data;
	return findTagged(schemas[collection], data, CLAIM).map(({ path, value }) => ({
		where: `${file.file}: ${path.join('.')}`,
		claim: value as Claim,
	}));
});

const plans = new Map(
	listFiles('content/plans').map((file) => {
		const plan = readYaml<{ year: number; locality: string }>(`content/plans/${file}`);
		return [file.replace(/\.yaml$/u, ''), plan];
	}),
);
const localities = new Map(
	readYaml<{ localities: { id: string; name: string }[] }>('content/site.yaml').localities.map((l) => [l.id, l.name]),
);

/** Every claim the built pages show: its sentence, its kind, and the source line or mark beside it. */
const shown = listPages().flatMap((path) =>
	[...loadPage(path).querySelectorAll('.claim')].map((element) => ({
		path,
		text: normaliseForQuote(textOf(element.querySelector('.claim-text'))),
		kind: element.getAttribute('data-claim'),
		source: textOf(element.querySelector(':scope > .claim-source')),
		editorialMark: element.querySelector(':scope > .claim-editorial') !== null,
	})),
);

describe('every claim-bearing field of the content', () => {
	test('the model finds the claims of every kind of entry that holds them', () => {
		const files = new Set(claims.map((entry) => entry.where.split(':')[0]!.split('/')[1]));
		for (const collection of ['campaigns', 'services', 'pages']) expect(files, collection).toContain(collection);
		expect(claims.length).toBeGreaterThan(50);
	});

	test.each(claims)('$where has a source with its quote, or is marked as editorial wording', ({ claim }) => {
		if (claim.editorial) {
			expect(claim.source).toBeUndefined();
			return;
		}
		expect(claim.source).toBeDefined();
		const source = claim.source!;
		if (source.plan) expect([source.section, source.quote].every((value) => value && value.length > 0)).toBe(true);
		else if (source.legal) expect(source.quote).toBeTruthy();
		else expect(source.national).toBeDefined();
	});

	test.each(claims)('$where is shown with its source (whose plan, which year, which section) or as editorial', ({ claim }) => {
		const matches = shown.filter((element) => element.text === normaliseForQuote(claim.text));
		expect(matches.length, 'the sentence is on a page').toBeGreaterThan(0);
		for (const element of matches) {
			if (claim.editorial) {
				expect(element.kind, element.path).toBe('editorial');
				expect(element.editorialMark, element.path).toBe(true);
			} else if (claim.source?.plan) {
				const plan = plans.get(claim.source.plan.id)!;
				expect(element.kind, element.path).toBe('plan');
				expect(element.source, element.path).toMatch(
					new RegExp(`^Theo kế hoạch năm ${plan.year} của ${localities.get(plan.locality)}, (mục|phần) `, 'u'),
				);
			} else {
				expect(element.kind, element.path).toBe(claim.source?.legal ? 'legal' : 'national');
				expect(element.source, element.path).not.toBe('');
			}
		}
	});

	test('every loudspeaker line is printed with its source, or marked as the portal’s own words', () => {
		for (const file of listFiles('content/campaigns')) {
			const id = file.replace(/\.yaml$/u, '');
			const script = readDist(`/chien-dich/${id}/loa-truyen-thanh.txt`).split('\r\n');
			const lines = readYaml<{ loudspeakerScript: { text: string; editorial?: boolean }[] }>(`content/campaigns/${file}`).loudspeakerScript;
			for (const line of lines) {
				const at = script.indexOf(line.text);
				expect(at, `${id}: ${line.text}`).toBeGreaterThan(-1);
				expect(script[at + 1], `${id}: ${line.text}`).toMatch(
					line.editorial ? /^\[Lời của cổng/u : /^\[(Theo kế hoạch năm \d{4} của |Nguồn: )/u,
				);
			}
		}
	});
});

describe('sources that resolve: this copy has no public address', () => {
	/** What is printed, exported or broadcast: print pages (their text), data files, calendars, scripts. */
	const material = listFiles().filter(
		(file) =>
			(/\.(?:csv|ics|txt)$/u.test(file) && file !== 'robots.txt') ||
			(file.startsWith('so-lieu/') && file.endsWith('.json')) ||
			/\/in\/index\.html$/u.test(file),
	);
	// Calendar lines are folded at 75 octets: unfolded, they read as written.
	const unfold = (text: string) => text.replace(/\r\n[ \t]/gu, '');
	const readable = (file: string) =>
		file.endsWith('.html') ? textOf(loadPage(`/${file}`.replace(/index\.html$/u, '')).querySelector('main')) : unfold(readDist(`/${file}`));

	test('no printed, exported or broadcast file cites an address', () => {
		expect(material.length).toBeGreaterThan(10);
		for (const file of material.filter((name) => !name.startsWith('ke-hoach/'))) {
			expect(readable(file), file).not.toMatch(/localhost|127\.0\.0\.1|https?:\/\/[^\s"]*\/(?:chien-dich|so-lieu|ke-hoach)\//u);
		}
	});

	test('print pages, scripts, calendars and data files say they are a demonstration', () => {
		const samples = [
			...listFiles('content/campaigns').flatMap((file) => {
				const id = file.replace(/\.yaml$/u, '');
				return [`chien-dich/${id}/in/index.html`, `chien-dich/${id}/loa-truyen-thanh.txt`, `chien-dich/${id}.ics`];
			}),
			'so-lieu/nhip-dang-tin.json',
		];
		for (const file of samples) expect(readable(file), file).toMatch(/Bản trình diễn/u);
	});

	test('canonical links, the feed and the sitemap keep an absolute address', () => {
		expect(loadPage('/').querySelector('link[rel="canonical"]')?.getAttribute('href')).toMatch(/^https?:\/\//u);
		expect(readDist('/rss.xml')).toMatch(/<link>https?:\/\/[^<]+\/<\/link>/u);
		expect(readDist('/sitemap-0.xml')).toMatch(/<loc>https?:\/\//u);
	});
});

test('an address that changed leads to the page that exists', () => {
	for (const { from, to } of REDIRECTS) {
		expect(() => readDist(to), `${from} → ${to}`).not.toThrow();
		expect(fileForPath(from), from).not.toBe(fileForPath(to));
		expect(() => readDist(from), `${from} is no page of its own`).toThrow();
	}
});
