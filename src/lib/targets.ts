import { formatNumber, formatPercent, formatRatio } from './numbers';

/** The parts of a target needed to write its figure. */
export interface TargetFigure {
	kind: 'count' | 'percent' | 'ratio';
	value: number;
	denominator?: number | undefined;
	unit: string;
}

/** A row of a targets table, ready to render. */
export interface TargetRow {
	id: string;
	label: string;
	figure: string;
	section: string;
	/** Where the section is: `#muc-2-4` on the plan page, or a full URL elsewhere. */
	sectionHref: string;
	datasetHref: string;
	/** Latest reported result, already formatted, or undefined when none is published. */
	latest?: string | undefined;
	partOf?: string | undefined;
}

/** The id (and URL slug) of the dataset of a plan's target: `/so-lieu/<plan>-<target>/`. */
export function datasetId(planId: string, targetId: string): string {
	return `${planId}-${targetId}`;
}

/** The figure as the plans write it: "900 lượt người", "100%", "7/7 xã, phường". */
export function formatTarget(target: TargetFigure): string {
	switch (target.kind) {
		case 'percent':
			return formatPercent(target.value);
		case 'ratio':
			return `${formatRatio(target.value, target.denominator ?? target.value)} ${target.unit}`;
		default:
			return `${formatNumber(target.value)} ${target.unit}`;
	}
}
