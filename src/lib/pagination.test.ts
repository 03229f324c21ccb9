import { describe, expect, test } from 'vitest';
import { paginateList } from './pagination';

describe('paginateList', () => {
	test('cuts into pages with neighbour links', () => {
		const pages = paginateList([1, 2, 3, 4, 5], 2, '/tin-tuc/');
		expect(pages.map((page) => page.items)).toEqual([[1, 2], [3, 4], [5]]);
		expect(pages[0]).toMatchObject({ current: 1, last: 3, previous: undefined, next: '/tin-tuc/trang/2/' });
		expect(pages[2]).toMatchObject({ previous: '/tin-tuc/trang/2/', next: undefined });
	});
	test('an empty list is one empty page', () => {
		expect(paginateList([], 20, '/tin-tuc/')).toEqual([{ items: [], current: 1, last: 1, previous: undefined, next: undefined }]);
	});
});
