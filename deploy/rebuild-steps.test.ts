import { describe, expect, test } from 'vitest';
import { firstError, nextStatus, siteUrlProblem, vietnamIso } from './rebuild-steps.mjs';

describe('a production build needs the public address', () => {
	test.each([
		[undefined, /chưa đặt/u],
		['', /chưa đặt/u],
		['cong-thong-tin.example.gov.vn', /không phải địa chỉ hợp lệ/u],
		['ftp://cong-thong-tin.example.gov.vn', /https:\/\//u],
		['http://localhost:4321', /trên máy/u],
		['http://portal.localhost', /trên máy/u],
		['http://127.0.0.1:8080', /trên máy/u],
		['http://[::1]/', /trên máy/u],
		['http://0.0.0.0', /trên máy/u],
	])('%j is refused', (value, message) => {
		expect(siteUrlProblem(value)).toMatch(message);
	});

	test.each(['https://phongchongmatuy.example.gov.vn', 'http://10.0.0.5', 'https://example.gov.vn/cong-thong-tin/'])(
		'%s is accepted',
		(value) => {
			expect(siteUrlProblem(value)).toBeUndefined();
		},
	);
});

describe('the first error, as the editor reads it', () => {
	test.each([
		[
			'a content check names file, line and field',
			[
				'22:24:17 [ERROR] [portal:content-check] An unhandled error occurred while running the "astro:config:setup" hook',
				'Nội dung có 1 lỗi, cần sửa trước khi đăng:',
				'  - content/news/2026-02-30-tin-loi.md:4: date: ngày giờ không hợp lệ',
				'  Location:',
				'    /srv/cong-thong-tin/repo/src/integrations/content-check.ts:62:35',
			].join('\n'),
			'content/news/2026-02-30-tin-loi.md:4: date: ngày giờ không hợp lệ',
		],
		[
			'the text under Astro’s generic line',
			'\u001b[31m12:00:00 [ERROR] [portal] An unhandled error occurred\u001b[39m\ncontent/site.yaml không hợp lệ:\n  Stack trace:\n    at x',
			'content/site.yaml không hợp lệ:',
		],
		['an error of its own', '[build] đang dựng\n[ERROR] [vite] Không đọc được tệp x.md\nat y', 'Không đọc được tệp x.md'],
		['npm', 'npm error code EUSAGE\nnpm error The `npm ci` command can only install with an existing package-lock.json', 'code EUSAGE'],
		['git', 'fatal: could not read from remote repository.', 'fatal: could not read from remote repository.'],
		['nothing recognisable: the last line', 'một\nhai\n\n', 'hai'],
	])('%s', (_name, output, expected) => {
		expect(firstError(output)).toContain(expected);
	});

	test('a long error is clipped', () => {
		expect(firstError(`[ERROR] ${'x'.repeat(2000)}`).length).toBeLessThanOrEqual(600);
	});
});

test.each([
	['2026-11-23T17:05:09Z', '2026-11-24T00:05:09+07:00'],
	['2026-12-31T16:59:59Z', '2026-12-31T23:59:59+07:00'],
	['2026-12-31T17:00:00Z', '2027-01-01T00:00:00+07:00'],
])('%s is %s in Việt Nam', (utc, expected) => {
	expect(vietnamIso(new Date(utc))).toBe(expected);
});

describe('the record', () => {
	const live = { commit: 'aaa', subject: 'Thêm Tin “a”', time: '2026-11-24T00:05:00+07:00' };
	const attempt = { commit: 'bbb', subject: 'Thêm Tin “b”', time: '2026-11-24T09:00:00+07:00' };
	test.each([
		['a running build leaves what is live', { live }, { ...attempt, state: 'running' }, live],
		['a failed build leaves what is live', { live }, { ...attempt, state: 'failed', step: 'build', error: 'e' }, live],
		[
			'a published build is what is live',
			{ live },
			{ ...attempt, state: 'ok' },
			{ commit: 'bbb', subject: 'Thêm Tin “b”', time: attempt.time },
		],
		['nothing was live and the first build failed', undefined, { ...attempt, state: 'failed', step: 'install', error: 'e' }, undefined],
	])('%s', (_name, previous, next, expectedLive) => {
		const status = nextStatus(previous, next);
		expect(status.live).toEqual(expectedLive);
		expect(status.lastAttempt).toEqual(next);
	});
});
