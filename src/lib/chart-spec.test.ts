import { describe, expect, test } from 'vitest';
import { cadenceChartSpec, datasetChartSpec } from './chart-spec';

describe('datasetChartSpec', () => {
	test('with no result, there is no chart', () => {
		expect(datasetChartSpec({ kind: 'count', unit: 'lượt người', target: { value: 900 }, observations: [] })).toBeUndefined();
	});

	test('with results over several periods, bars per period and the target as a line', () => {
		const spec = datasetChartSpec({
			kind: 'count',
			unit: 'lượt người',
			target: { value: 900 },
			observations: [
				{ periodLabel: 'Quý 1/2022', value: 200 },
				{ periodLabel: 'Quý 2/2022', value: 450 },
			],
		});
		expect(spec?.labels).toEqual(['Quý 1/2022', 'Quý 2/2022']);
		expect(spec?.bars).toEqual({ label: 'Kết quả', values: [200, 450] });
		expect(spec?.target).toEqual({ label: 'Mục tiêu', value: 900 });
	});

	test('a percentage axis ends at 100 and an x-of-y axis at y', () => {
		const reported = [{ periodLabel: 'Năm 2022', value: 5 }];
		expect(datasetChartSpec({ kind: 'percent', unit: 'xã', target: { value: 80 }, observations: reported })).toMatchObject({
			max: 100,
			percent: true,
			unit: '%',
		});
		expect(datasetChartSpec({ kind: 'ratio', unit: 'xã, phường', target: { value: 7, denominator: 7 }, observations: reported })?.max).toBe(
			7,
		);
	});
});

test('cadenceChartSpec labels weeks, and draws a target line only when one applies', () => {
	const spec = cadenceChartSpec([{ year: 2022, week: 20, count: 1 }], { label: 'Mục tiêu', value: 2 });
	expect(spec.labels).toEqual(['T20/2022']);
	expect(spec.bars.values).toEqual([1]);
	expect(spec.target?.value).toBe(2);
	expect(cadenceChartSpec([{ year: 2026, week: 48, count: 4 }]).target).toBeUndefined();
});
