import { describe, expect, test } from 'vitest';
import { favoursGuides, rankHits, queryVariants, readSearchState, withD, writeSearchState } from './search-query';

describe('queryVariants', () => {
	test.each([
		['cai nghien', ['cai nghien']],
		['dao tao nghe', ['dao tao nghe', 'đao tao nghe']],
		['nghi dinh 116', ['nghi dinh 116', 'nghi đinh 116']],
		['Dieu tri methadone', ['Dieu tri methadone', 'Đieu tri methadone']],
		['điều trị', ['điều trị']],
		['d', ['d']],
		['  doanh   nghiep ', ['doanh nghiep', 'đoanh nghiep']],
	])('%j → %j', (query, expected) => {
		expect(queryVariants(query)).toEqual(expected);
	});

	test('words with d inside (methadone) are not varied', () => {
		expect(queryVariants('methadone')).toEqual(['methadone']);
	});

	test('varies at most three words', () => {
		expect(queryVariants('da de di do du')).toHaveLength(8);
	});

	test('an empty query has one empty variant', () => {
		expect(queryVariants('  ')).toEqual(['']);
	});
});

test.each([
	['dao', 'đao'],
	['Dieu', 'Đieu'],
	['d', undefined],
	['methadone', undefined],
	['đa', undefined],
])('withD(%j) is %j', (word, expected) => {
	expect(withD(word)).toBe(expected);
});

test.each([
	['con toi nghien ma tuy', true],
	['HIV/AIDS', true],
	['146/KH-UBND', false],
	['nghi dinh 116', false],
	['Lai Chau 2025', false],
])('favoursGuides(%j) is %j', (query, expected) => {
	expect(favoursGuides(query)).toBe(expected);
});

describe('rankHits', () => {
	const hit = (id: string, score: number) => ({ id, score });

	test('keeps each page once with its best score, best first', () => {
		expect(
			rankHits([
				[hit('a', 1), hit('b', 3)],
				[hit('a', 5), hit('c', 2)],
			]),
		).toEqual([hit('a', 5), hit('b', 3), hit('c', 2)]);
	});

	test.each([
		[
			'more whole words beat a higher score',
			[[hit('a', 9), hit('b', 1)]],
			[new Set(['b']), new Set(['a', 'b'])],
			new Set<string>(),
			['b', 'a'],
		],
		['on equal words a guide counts double', [[hit('a', 3), hit('b', 2)]], [new Set(['a', 'b'])], new Set(['b']), ['b', 'a']],
		['a guide with half the score ties, and ties go by id', [[hit('b', 4), hit('a', 2)]], [], new Set(['a']), ['a', 'b']],
		['a guide does not pass a page holding more words', [[hit('a', 1), hit('b', 9)]], [new Set(['a'])], new Set(['b']), ['a', 'b']],
	])('%s', (_, lists, exact, guides, expected) => {
		expect(rankHits(lists, exact, guides).map((entry) => entry.id)).toEqual(expected);
	});
});

describe('search state in the URL', () => {
	test('reads filters, sort and query', () => {
		const state = readSearchState(
			new URLSearchParams('q=cai+nghien&loai=Tin+t%E1%BB%A9c&loai=K%E1%BA%BF+ho%E1%BA%A1ch&nam=2022&sap-xep=moi&x=1'),
		);
		expect(state).toEqual({ q: 'cai nghien', filters: { loai: ['Tin tức', 'Kế hoạch'], nam: ['2022'] }, sort: 'moi' });
	});

	test('round-trips', () => {
		const state = { q: 'dao tao nghe', filters: { 'dia-ban': ['tỉnh Quảng Ninh'] }, sort: 'cu' as const };
		expect(readSearchState(new URLSearchParams(writeSearchState(state)))).toEqual(state);
	});

	test('ignores an unknown sort', () => {
		expect(readSearchState(new URLSearchParams('q=x&sap-xep=abc')).sort).toBe('');
	});
});
