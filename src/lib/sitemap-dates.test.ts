import { describe, expect, test } from 'vitest';
import { lastModified, pageModified, pathOfPage } from './sitemap-dates';

describe('pageModified', () => {
	test.each([
		['<head><meta name="dcterms.modified" content="2022-05-20"></head>', '2022-05-20'],
		['<meta name="dcterms.modified" content="2025-02">', '2025-02'],
		['<meta name="dcterms.modified" content="hôm nay">', undefined],
		['<meta name="description" content="2022-05-20">', undefined],
		['<head></head>', undefined],
	])('%s → %s', (html, expected) => {
		expect(pageModified(html)).toBe(expected);
	});
});

test.each([
	['index.html', '/'],
	['tin-tuc/x/index.html', '/tin-tuc/x/'],
	['404.html', '/404.html'],
])('pathOfPage(%s) is %s', (file, path) => {
	expect(pathOfPage(file)).toBe(path);
});

describe('lastModified', () => {
	const dates = new Map([
		['/tin-tuc/a/', '2022-05-20'],
		['/ke-hoach/lai-chau-2025/', '2025-02'],
		['/', undefined],
	]);
	test.each([
		['/tin-tuc/a/', '2022-05-20'],
		['/', '2025-02'],
		['/chien-dich/', '2025-02'],
	])('%s → %s', (path, expected) => {
		expect(lastModified(dates)(path)).toBe(expected);
	});
	test('a site with no dated page has none to give', () => {
		expect(lastModified(new Map([['/', undefined]]))('/')).toBeUndefined();
	});
});
