import { describe, expect, test } from 'vitest';
import { foldVietnamese, slugify } from './slug';

describe('slugify', () => {
	test.each([
		['Đào tạo nghề', 'dao-tao-nghe'],
		['Phòng, chống ma túy', 'phong-chong-ma-tuy'],
		['Kế hoạch 146/KH-UBND', 'ke-hoach-146-kh-ubnd'],
		['  Điều trị  Methadone!  ', 'dieu-tri-methadone'],
		['Quảng Ninh', 'quang-ninh'],
		['Thành phố Lai Châu', 'thanh-pho-lai-chau'],
		['ĐỘI CÔNG TÁC XÃ HỘI', 'doi-cong-tac-xa-hoi'],
		['Trường THCS số 1', 'truong-thcs-so-1'],
	])('%j → %j', (input, expected) => {
		expect(slugify(input)).toBe(expected);
	});

	test('gives the same slug for NFD input', () => {
		expect(slugify('Đa\u0300o ta\u0323o nghe\u0302\u0300')).toBe('dao-tao-nghe');
	});
});

describe('foldVietnamese', () => {
	test('folds đ and keeps case', () => {
		expect(foldVietnamese('Điều trị đúng')).toBe('Dieu tri dung');
	});
});
