import { describe, expect, test } from 'vitest';
import { dateOrder, favoursGuides, rankHits, readSearchState, sortByDate, writeSearchState } from './search-query';

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

	test.each([
		[
			'more whole words beat a higher score',
			[hit('a', 9), hit('b', 1)],
			[new Set(['b']), new Set(['a', 'b'])],
			new Set<string>(),
			['b', 'a'],
		],
		['on equal words a guide counts double', [hit('a', 3), hit('b', 2)], [new Set(['a', 'b'])], new Set(['b']), ['b', 'a']],
		['a guide with half the score ties, and ties go by id', [hit('b', 4), hit('a', 2)], [], new Set(['a']), ['a', 'b']],
		['a guide does not pass a page holding more words', [hit('a', 1), hit('b', 9)], [new Set(['a'])], new Set(['b']), ['a', 'b']],
	])('%s', (_, hits, exact, guides, expected) => {
		expect(rankHits(hits, exact, guides).map((entry) => entry.id)).toEqual(expected);
	});
});

describe('sorting by date', () => {
	const pages = [
		{ id: 'b', date: '2024-05-01' },
		{ id: 'a', date: '2024-05-01' },
		{ id: 'c', date: undefined },
		{ id: 'd', date: '2023' },
		{ id: 'e', date: '2025-01' },
	];

	test('the order is oldest first, an undated page before every dated one, ties by id', () => {
		expect(dateOrder(pages)).toEqual(['c', 'd', 'a', 'b', 'e']);
		expect(dateOrder([...pages].reverse())).toEqual(dateOrder(pages));
	});

	test('results follow the order, newest or oldest first; an id the order lacks counts as undated', () => {
		const order = dateOrder(pages);
		const results = ['a', 'x', 'e', 'd'].map((id) => ({ id }));
		expect(sortByDate(results, order, 'moi').map((result) => result.id)).toEqual(['e', 'a', 'd', 'x']);
		expect(sortByDate(results, order, 'cu').map((result) => result.id)).toEqual(['x', 'd', 'a', 'e']);
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
