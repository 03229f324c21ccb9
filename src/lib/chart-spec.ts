/**
 * What a chart draws, as plain data: built at build time from the same dataset
 * as the HTML table beside it, handed to the browser in a `data-chart`
 * attribute, and drawn there by Chart.js.
 */
export interface ChartSpec {
	/** Category labels along the x axis. */
	labels: string[];
	/** The bars: reported results, or the target alone when nothing is reported. */
	bars: { label: string; values: (number | null)[] };
	/** A horizontal line for the target, when there are results to compare with it. */
	target?: { label: string; value: number } | undefined;
	/** Upper end of the y axis (100 for percentages, y for "x of y"). */
	max?: number | undefined;
	/** Values are percentages. */
	percent: boolean;
	/** Unit for the axis title. */
	unit: string;
}

/** Chart of one target's dataset. */
export function datasetChartSpec(dataset: {
	kind: 'count' | 'percent' | 'ratio';
	unit: string;
	target: { value: number; denominator?: number | undefined };
	observations: readonly { periodLabel: string; value: number }[];
}): ChartSpec {
	const percent = dataset.kind === 'percent';
	const max = percent ? 100 : dataset.kind === 'ratio' ? dataset.target.denominator : undefined;
	const unit = percent ? '%' : dataset.unit;
	if (dataset.observations.length === 0) {
		return { labels: ['Mục tiêu'], bars: { label: 'Mục tiêu', values: [dataset.target.value] }, max, percent, unit };
	}
	return {
		labels: dataset.observations.map((observation) => observation.periodLabel),
		bars: { label: 'Kết quả', values: dataset.observations.map((observation) => observation.value) },
		target: { label: 'Mục tiêu', value: dataset.target.value },
		max,
		percent,
		unit,
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
