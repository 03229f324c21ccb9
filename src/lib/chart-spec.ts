/**
 * What a chart draws, as plain data: built at build time from the same dataset
 * as the HTML table beside it, handed to the browser in a `data-chart`
 * attribute, and drawn there by Chart.js.
 */
export interface ChartSpec {
	/** Category labels along the x axis. */
	labels: string[];
	/** The bars: what was reported (results, items posted). */
	bars: { label: string; values: (number | null)[] };
	/** A horizontal line for the target, to compare the bars with. */
	target?: { label: string; value: number } | undefined;
	/** Upper end of the y axis (100 for percentages, y for "x of y"). */
	max?: number | undefined;
	/** Values are percentages. */
	percent: boolean;
	/** Unit for the axis title. */
	unit: string;
}

/**
 * Chart of one target's reported results against the target, or undefined when nothing is
 * reported: a bar of the target alone would read as an achievement, so the page shows the
 * target and "no data yet" in its table instead.
 */
export function datasetChartSpec(dataset: {
	kind: 'count' | 'percent' | 'ratio';
	unit: string;
	target: { value: number; denominator?: number | undefined };
	observations: readonly { periodLabel: string; value: number }[];
}): ChartSpec | undefined {
	if (dataset.observations.length === 0) return undefined;
	const percent = dataset.kind === 'percent';
	return {
		labels: dataset.observations.map((observation) => observation.periodLabel),
		bars: { label: 'Kết quả', values: dataset.observations.map((observation) => observation.value) },
		target: { label: 'Mục tiêu', value: dataset.target.value },
		max: percent ? 100 : dataset.kind === 'ratio' ? dataset.target.denominator : undefined,
		percent,
		unit: percent ? '%' : dataset.unit,
	};
}

/** Chart of items posted per week, with a target's line when one applies to those weeks. */
export function cadenceChartSpec(
	weeks: readonly { week: number; year: number; count: number }[],
	target?: { label: string; value: number },
): ChartSpec {
	return {
		labels: weeks.map((week) => `T${week.week}/${week.year}`),
		bars: { label: 'Tin đăng trên cổng', values: weeks.map((week) => week.count) },
		target,
		percent: false,
		unit: 'tin',
	};
}
