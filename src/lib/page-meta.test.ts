import { describe, expect, test } from 'vitest';
import { absoluteUrl, documentTitle, shortDescription } from './page-meta';

describe('documentTitle', () => {
	test.each([
		['Kế hoạch', 'Cổng', 'Kế hoạch – Cổng'],
		[undefined, 'Cổng', 'Cổng'],
		['Cổng', 'Cổng', 'Cổng'],
	])('%j + %j → %j', (title, site, expected) => {
		expect(documentTitle(title, site)).toBe(expected);
	});
});

describe('absoluteUrl', () => {
	test('joins a path to the site', () => {
		expect(absoluteUrl('/ke-hoach/', 'https://example.org')).toBe('https://example.org/ke-hoach/');
	});
});

describe('shortDescription', () => {
	test('keeps a short text', () => {
		expect(shortDescription('Một  câu\nngắn.')).toBe('Một câu ngắn.');
	});
	test('cuts on a word boundary and marks the cut', () => {
		const long = 'cai nghiện '.repeat(30);
		const out = shortDescription(long, 40);
		expect(out.length).toBeLessThanOrEqual(40);
		expect(out.endsWith('nghiện…') || out.endsWith('cai…')).toBe(true);
	});
});
