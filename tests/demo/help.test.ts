import { beforeAll, expect, test } from 'vitest';
import { assertBuilt, loadPage } from '../helpers/dist';

beforeAll(assertBuilt);

// The demo's schools page points to the Quảng Ninh plan's line about schools (its sub-item 2.2).

test('the schools page links the demo plan line about schools', () => {
	expect(loadPage('/danh-cho/nha-truong/').querySelector('a[href="/ke-hoach/quang-ninh-2022/#muc-2-2"]')).not.toBeNull();
});
