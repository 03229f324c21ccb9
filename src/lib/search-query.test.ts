import { describe, expect, test } from 'vitest';
import { mergeHits, queryVariants, readSearchState, writeSearchState } from './search-query';

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

test('mergeHits keeps each page once with its best score', () => {
	const merged = mergeHits([
		[
			{ id: 'a', score: 1 },
			{ id: 'b', score: 3 },
		],
		[
			{ id: 'a', score: 5 },
			{ id: 'c', score: 2 },
		],
	]);
	expect(merged).toEqual([
		{ id: 'a', score: 5 },
		{ id: 'b', score: 3 },
		{ id: 'c', score: 2 },
	]);
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
