import { readdirSync } from 'node:fs';
import { beforeAll, expect, test } from 'vitest';
import { assertBuilt, loadPage, textOf } from '../helpers/dist';

beforeAll(assertBuilt);

// The demo's help: its service entries, its guidance, and the Quảng Ninh plan's line about schools (its sub-item 2.2).

test('the demo lists at least 8 service entries', () => {
	expect(readdirSync('content/services').filter((file) => file.endsWith('.yaml')).length).toBeGreaterThanOrEqual(8);
});

test('the demo help page quotes at least 10 guidance sentences, covering the forms of treatment and the support the plans promise', () => {
	const guidance = loadPage('/ho-tro/').querySelector('.guidance');
	expect(guidance!.querySelectorAll('.claim').length).toBeGreaterThanOrEqual(10);
	const text = textOf(guidance);
	for (const phrase of [
		'tại gia đình, cộng đồng',
		'cơ sở cai nghiện',
		'cai nghiện bắt buộc',
		'Methadone',
		'nơi cư trú',
		'tư vấn',
		'học nghề',
		'việc làm',
		'vay vốn',
	]) {
		expect(text, phrase).toContain(phrase);
	}
});

test('the demo page for families points to at least 5 help topics', () => {
	expect(loadPage('/danh-cho/nguoi-dan/').querySelectorAll('main a[href^="/ho-tro/#"]').length).toBeGreaterThanOrEqual(5);
});

test('the schools page links the demo plan line about schools', () => {
	expect(loadPage('/danh-cho/nha-truong/').querySelector('a[href="/ke-hoach/quang-ninh-2022/#muc-2-2"]')).not.toBeNull();
});
