import { describe, expect, test } from 'vitest';
import {
	formatResult,
	headline,
	joinIndicatorFiles,
	periodCode,
	periodDates,
	periodEnd,
	periodLabel,
	progress,
	validateObservations,
	type Observation,
	type Period,
} from './indicators';

const obs = (period: Period, value: number, extra: Partial<Observation> = {}): Observation => ({
	period,
	value,
	source: 'bao-cao-1',
	...extra,
});
const known = new Set(['bao-cao-1']);

describe('periods', () => {
	test.each([
		[{ kind: 'quy', year: 2022, index: 2 }, 'Quý 2/2022', '2022-Q2'],
		[{ kind: '6-thang', year: 2022, index: 1 }, '6 tháng đầu năm 2022', '2022-H1'],
		[{ kind: '6-thang', year: 2022, index: 2 }, '6 tháng cuối năm 2022', '2022-H2'],
		[{ kind: 'nam', year: 2022 }, 'Năm 2022', '2022'],
	] as const)('%j', (period, label, code) => {
		expect(periodLabel(period)).toBe(label);
		expect(periodCode(period)).toBe(code);
	});

	test('sort by when they end, a year after its halves and quarters', () => {
		const periods: Period[] = [
			{ kind: 'nam', year: 2022 },
			{ kind: '6-thang', year: 2022, index: 1 },
			{ kind: 'quy', year: 2022, index: 2 },
			{ kind: 'quy', year: 2022, index: 1 },
		];
		expect(periods.sort((a, b) => periodEnd(a) - periodEnd(b)).map(periodCode)).toEqual(['2022-Q1', '2022-Q2', '2022-H1', '2022']);
	});
});

describe('periodDates', () => {
	test.each([
		[{ kind: 'quy', year: 2024, index: 1 }, '2024-01-01', '2024-03-31'],
		[{ kind: 'quy', year: 2022, index: 4 }, '2022-10-01', '2022-12-31'],
		[{ kind: '6-thang', year: 2022, index: 1 }, '2022-01-01', '2022-06-30'],
		[{ kind: '6-thang', year: 2022, index: 2 }, '2022-07-01', '2022-12-31'],
		[{ kind: 'nam', year: 2025 }, '2025-01-01', '2025-12-31'],
	] as const)('%j runs from %s to %s', (period, start, end) => {
		expect(periodDates(period)).toEqual({ start, end });
	});
});

describe('validateObservations', () => {
	test('accepts good data', () => {
		expect(validateObservations({ kind: 'count' }, 2022, [obs({ kind: 'quy', year: 2022, index: 1 }, 200)], known)).toEqual([]);
	});

	test.each([
		[
			'a percent over 100',
			{ kind: 'percent' } as const,
			obs({ kind: 'nam', year: 2022 }, 150),
			['observations', 0, 'value'],
			/150% vượt quá 100%/u,
		],
		[
			'x greater than y',
			{ kind: 'ratio' } as const,
			obs({ kind: 'nam', year: 2025 }, 8, { denominator: 7 }),
			['observations', 0, 'value'],
			/tử số lớn hơn mẫu số/u,
		],
		[
			'a ratio without y',
			{ kind: 'ratio' } as const,
			obs({ kind: 'nam', year: 2025 }, 7),
			['observations', 0, 'denominator'],
			/cần mẫu số/u,
		],
		[
			'a period outside the plan year',
			{ kind: 'count' } as const,
			obs({ kind: 'quy', year: 2023, index: 1 }, 5),
			['observations', 0, 'period', 'year'],
			/không thuộc năm kế hoạch/u,
		],
		[
			'an unknown source',
			{ kind: 'count' } as const,
			obs({ kind: 'nam', year: 2022 }, 5, { source: 'khong-co' }),
			['observations', 0, 'source'],
			/"khong-co" không có/u,
		],
		['a fractional count', { kind: 'count' } as const, obs({ kind: 'nam', year: 2022 }, 2.5), ['observations', 0, 'value'], /số nguyên/u],
	])('refuses %s, naming the field', (_, target, observation, path, message) => {
		const year = observation.period.year === 2023 ? 2022 : observation.period.year;
		const issues = validateObservations(target, year, [observation], known);
		expect(issues).toHaveLength(1);
		expect(issues[0]!.path).toEqual(path);
		expect(issues[0]!.message).toMatch(message);
	});

	test('refuses the same period twice', () => {
		const period = { kind: 'quy', year: 2022, index: 1 } as const;
		expect(validateObservations({ kind: 'count' }, 2022, [obs(period, 1), obs(period, 2)], known)[0]!.message).toMatch(/nhập hai lần/u);
	});
});

describe('results and headlines', () => {
	const target = { kind: 'count', value: 900, unit: 'lượt người' } as const;

	test('formatResult writes the figure like its target', () => {
		expect(formatResult('count', 1200)).toBe('1.200');
		expect(formatResult('percent', 75)).toBe('75%');
		expect(formatResult('ratio', 5, 7)).toBe('5/7');
	});

	test('progress compares shares for ratios', () => {
		expect(progress(target, { value: 450 })).toBe(50);
		expect(progress({ kind: 'ratio', value: 7, denominator: 7, unit: 'xã' }, { value: 5, denominator: 7 })).toBe(71.4);
	});

	test('a dataset without results says so', () => {
		expect(headline({ label: 'x', target, year: 2022 })).toBe('Mục tiêu năm 2022: 900 lượt người – chưa có số liệu báo cáo');
		expect(headline({ label: 'x', target: { kind: 'ratio', value: 7, denominator: 7, unit: 'xã, phường' }, year: 2025 })).toBe(
			'Mục tiêu năm 2025: 7/7 xã, phường – chưa có số liệu báo cáo',
		);
	});

	test('with results the headline states the latest against the target', () => {
		const latest = { ...obs({ kind: '6-thang', year: 2022, index: 1 }, 450), periodLabel: '6 tháng đầu năm 2022' };
		expect(headline({ label: 'x', target, year: 2022, latest })).toBe(
			'6 tháng đầu năm 2022: đạt 450 lượt người so với mục tiêu 900 (50% chỉ tiêu)',
		);
	});
});

describe('joinIndicatorFiles', () => {
	const plans = [{ id: 'p', year: 2022, targets: [{ id: 't', kind: 'percent' as const }] }];
	const file = (name: string, target: string, value: number) => ({
		file: name,
		plan: 'p',
		target,
		observations: [obs({ kind: 'nam', year: 2022 }, value)],
	});

	test('joins results to their dataset', () => {
		const { issues, byDataset } = joinIndicatorFiles([file('a.yaml', 't', 40)], plans, known);
		expect(issues).toEqual([]);
		expect(byDataset.get('p-t')?.observations.map((o) => o.value)).toEqual([40]);
	});

	test('names the file and field of an unknown plan or target, a second file for a target, and a bad result', () => {
		const { issues } = joinIndicatorFiles(
			[{ ...file('a.yaml', 't', 40), plan: 'x' }, file('b.yaml', 'khong-co', 1), file('c.yaml', 't', 120), file('d.yaml', 't', 5)],
			plans,
			known,
		);
		expect(issues.map((issue) => `${issue.file} ${issue.path.join('.')}`)).toEqual([
			'a.yaml plan',
			'b.yaml target',
			'c.yaml observations.0.value',
			'd.yaml target',
		]);
	});
});
