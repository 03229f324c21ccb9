import { readdirSync, readFileSync } from 'node:fs';
import { unzipSync } from 'fflate';
import { beforeAll, describe, expect, test } from 'vitest';
import { routes } from '../../src/lib/routes';
import { readYaml } from '../helpers/content';
import { expandStrictly, validateCatalogue } from '../helpers/dcat';
import { assertBuilt, fileForPath, listFiles, listPages, loadPage, readDist } from '../helpers/dist';

interface Node {
	'@id'?: string;
	[key: string]: unknown;
}
let catalogue: Node & { dataset: (Node & { distribution: Node[] })[] };
let site: string;

beforeAll(() => {
	assertBuilt();
	catalogue = JSON.parse(readDist(routes.dataCatalogue));
	site = new URL(String(catalogue.homepage)).origin;
});

describe('the DCAT catalogue', () => {
	test('is linked from the data page, in the body and as an alternate', () => {
		const page = loadPage(routes.datasets);
		expect(page.querySelector(`main a[href="${routes.dataCatalogue}"]`)).not.toBeNull();
		expect(page.querySelector(`link[rel="alternate"][type="application/ld+json"][href="${routes.dataCatalogue}"]`)).not.toBeNull();
		expect(page.querySelector(`main a[href="${routes.allData}"]`)).not.toBeNull();
	});

	test('expands with a JSON-LD processor in safe mode: no term is left unmapped, nothing loads from elsewhere', async () => {
		expect(typeof catalogue['@context']).toBe('object');
		const expanded = await expandStrictly(catalogue);
		expect(JSON.stringify(expanded)).toContain('http://www.w3.org/ns/dcat#Catalog');
	});

	test("conforms to the project's DCAT-AP shapes", async () => {
		expect(await validateCatalogue(catalogue)).toEqual([]);
	});

	test.each([
		['a catalogue without publisher', (copy: typeof catalogue) => delete copy.publisher, 'http://purl.org/dc/terms/publisher'],
		['a dataset without title', (copy: typeof catalogue) => delete copy.dataset[0]!.title, 'http://purl.org/dc/terms/title'],
		[
			'a file without media type',
			(copy: typeof catalogue) => delete copy.dataset[0]!.distribution[0]!.mediaType,
			'http://www.w3.org/ns/dcat#mediaType',
		],
		[
			'a file without download address',
			(copy: typeof catalogue) => delete copy.dataset[0]!.distribution[0]!.downloadURL,
			'http://www.w3.org/ns/dcat#downloadURL',
		],
		['a dataset without licence', (copy: typeof catalogue) => delete copy.dataset[0]!.license, 'http://purl.org/dc/terms/license'],
	])('the shapes refuse %s', async (_name, damage, path) => {
		const copy = structuredClone(catalogue);
		damage(copy);
		expect((await validateCatalogue(copy)).map((problem) => problem.path)).toContain(path);
	});

	test('lists every file of every data page, with its media type', () => {
		const listed = new Map(catalogue.dataset.flatMap((dataset) => dataset.distribution.map((file) => [file.downloadURL, file.mediaType])));
		const dataPages = listPages().filter((path) => path.startsWith(routes.datasets) && loadPage(path).querySelector('.downloads'));
		// Every target of every plan of the content has a data page with its files.
		const targets = readdirSync('content/plans')
			.filter((file) => file.endsWith('.yaml'))
			.flatMap((file) => readYaml<{ targets?: unknown[] }>(`content/plans/${file}`).targets ?? []);
		expect(targets.length).toBeGreaterThan(0);
		expect(dataPages.length).toBeGreaterThanOrEqual(targets.length);
		for (const path of dataPages) {
			const links = [...loadPage(path).querySelectorAll('.downloads a[download]')].map((link) => link.getAttribute('href')!);
			expect(links, path).toHaveLength(3);
			for (const href of links) {
				expect(listed.get(new URL(href, site).href), `${path} → ${href}`).toMatch(/^https:\/\/www\.iana\.org\/assignments\/media-types\//u);
			}
		}
	});

	test('every dataset names its source document, period, place and licence', () => {
		for (const dataset of catalogue.dataset) {
			expect(dataset.relation, String(dataset.identifier)).toBeTruthy();
			expect((dataset.temporal as Node).startDate).toMatch(/^\d{4}-\d{2}-\d{2}$/u);
			expect((dataset.spatial as Node[]).length).toBeGreaterThan(0);
			expect(dataset.license).toMatch(/^https:\/\/creativecommons\.org\//u);
		}
	});
});

test('the archive of everything holds every data file, byte for byte', () => {
	const archive = unzipSync(readFileSync(fileForPath(routes.allData)));
	const dataFiles = listFiles()
		.filter((file) => file.startsWith('so-lieu/') && /\.(csv|json|xlsx|jsonld)$/u.test(file))
		.map((file) => file.slice('so-lieu/'.length));
	expect(Object.keys(archive).sort()).toEqual(dataFiles.sort());
	for (const name of dataFiles) expect(Buffer.from(archive[name]!).equals(readFileSync(fileForPath(`/so-lieu/${name}`))), name).toBe(true);
});
