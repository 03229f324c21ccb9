import { describe, expect, test } from 'vitest';
import { targetOptions, targetProblem } from './target-choice';

const targets = [
	{ id: 'xa-hoat-dong-truyen-thong', label: 'Xã tổ chức hoạt động truyền thông' },
	{ id: 'doi-tuyen-truyen', label: 'Đội tuyên truyền' },
];

describe('target choice', () => {
	test("offers the plan's targets by their label, storing the id", () => {
		expect(targetOptions(targets)).toEqual([
			{ value: 'xa-hoat-dong-truyen-thong', label: 'Xã tổ chức hoạt động truyền thông (xa-hoat-dong-truyen-thong)' },
			{ value: 'doi-tuyen-truyen', label: 'Đội tuyên truyền (doi-tuyen-truyen)' },
		]);
	});

	test('refuses an id the plan does not have, in Vietnamese, naming plan and id', () => {
		expect(targetProblem('lai-chau-2025', targets, 'khong-co')).toBe(
			'kế hoạch "lai-chau-2025" không có chỉ tiêu "khong-co": hãy chọn một chỉ tiêu trong danh sách',
		);
		expect(targetProblem('lai-chau-2025', targets, 'doi-tuyen-truyen')).toBeUndefined();
	});

	test('says nothing while the plan, its targets or the target are not there yet', () => {
		expect(targetProblem('', targets, 'khong-co')).toBeUndefined();
		expect(targetProblem('lai-chau-2025', undefined, 'khong-co')).toBeUndefined();
		expect(targetProblem('lai-chau-2025', targets, '')).toBeUndefined();
	});
});
