import { expect, test } from 'vitest';
import { isRefusedSave } from './refused-save';

test.each([
	[undefined, '#/collections/news/new', true],
	[undefined, '#/collections/campaigns/entries/ngay-quoc-te-phong-chong-ma-tuy', true],
	[undefined, '#/collections/settings/entries/site', true],
	[undefined, '#/collections/news', false],
	[undefined, '#/', false],
	[new Error('mạng lỗi'), '#/collections/news/new', false],
	['lỗi', '#/collections/news/new', false],
])('a rejection with reason %o on %s is a refused save: %s', (reason, hash, expected) => {
	expect(isRefusedSave(reason, hash)).toBe(expected);
});
