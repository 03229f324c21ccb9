import { describe, expect, test } from 'vitest';
import { describeBuildStatus, formatVietnamTime, parseBuildStatus, type BuildStatus } from './build-status';

const live = { commit: 'a1b2c3d4e5f6a7b8c9d0', subject: 'Thêm Tin “2026-11-20-hop-ban”', time: '2026-11-24T00:05:00+07:00' };

describe('formatVietnamTime', () => {
	test.each([
		['2026-11-24T00:05:00+07:00', '00:05 ngày 24/11/2026'],
		// 17:30 UTC is half past midnight the next day in Việt Nam.
		['2026-11-23T17:30:00Z', '00:30 ngày 24/11/2026'],
		['2026-01-05T09:07:00+07:00', '09:07 ngày 05/01/2026'],
	])('%s is %s', (iso, expected) => {
		expect(formatVietnamTime(iso)).toBe(expected);
	});
});

describe('parseBuildStatus', () => {
	test.each([
		['not an object', 'ok', undefined],
		['null', null, undefined],
		['live without a commit', { live: { subject: 'x', time: live.time } }, undefined],
		['a time that is no time', { live: { ...live, time: 'hôm qua' } }, undefined],
		['an unknown state', { lastAttempt: { ...live, state: 'maybe' } }, undefined],
		['an unknown step', { lastAttempt: { ...live, state: 'failed', step: 'deploy' } }, undefined],
		['nothing yet', {}, {}],
		[
			'live and a failed attempt',
			{ live, lastAttempt: { ...live, state: 'failed', step: 'build', error: 'e' } },
			{ live, lastAttempt: { ...live, state: 'failed', step: 'build', error: 'e' } },
		],
	])('%s', (_name, input, expected) => {
		expect(parseBuildStatus(input)).toEqual(expected);
	});
});

describe('describeBuildStatus', () => {
	const shownLive = { commit: 'a1b2c3d', subject: live.subject, when: '00:05 ngày 24/11/2026' };
	const next = { commit: 'ffee0011223344', subject: 'Sửa Tin “x”', time: '2026-11-24T09:00:00+07:00' };
	const shownNext = { commit: 'ffee001', subject: 'Sửa Tin “x”', when: '09:00 ngày 24/11/2026' };
	test.each<[string, BuildStatus, ReturnType<typeof describeBuildStatus>]>([
		['nothing built yet', {}, {}],
		['the last rebuild is what is live', { live, lastAttempt: { ...live, state: 'ok' } }, { live: shownLive }],
		['a rebuild is running', { live, lastAttempt: { ...next, state: 'running' } }, { live: shownLive, running: shownNext }],
		[
			'the last rebuild failed: the previous release is still live',
			{ live, lastAttempt: { ...next, state: 'failed', step: 'build', error: 'content/news/x.md:4: date: ngày giờ không hợp lệ' } },
			{ live: shownLive, failed: { ...shownNext, step: 'build', error: 'content/news/x.md:4: date: ngày giờ không hợp lệ' } },
		],
		[
			'the first rebuild failed before anything was live',
			{ lastAttempt: { ...next, state: 'failed', step: 'install' } },
			{ failed: { ...shownNext, step: 'install', error: 'không rõ lỗi' } },
		],
	])('%s', (_name, status, expected) => {
		expect(describeBuildStatus(status)).toEqual(expected);
	});
});
