import { formatNumber, formatPercent, formatRatio } from './numbers';

/** The parts of a target needed to write its figure. */
export interface TargetFigure {
	kind: 'count' | 'percent' | 'ratio';
	value: number;
	denominator?: number | undefined;
	unit: string;
	/** The plan's words around the figure, in reading order ("phấn đấu", "trên"): "trên 50%" is not 50%. */
	qualifiers?: readonly string[] | undefined;
}

/** A row of a targets table, ready to render. */
export interface TargetRow {
	id: string;
	label: string;
	figure: string;
	section: string;
	/** The section as readers cite it: "mục I.2.4". */
	sectionLabel: string;
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

/** The figure alone: "900", "50%", "7/7". */
function figureOf(target: TargetFigure): string {
	switch (target.kind) {
		case 'percent':
			return formatPercent(target.value);
		case 'ratio':
			return formatRatio(target.value, target.denominator ?? target.value);
		default:
			return formatNumber(target.value);
	}
}

/** The figure with its qualifiers, without the unit: "phấn đấu trên 50%", "ít nhất 2". */
export function formatGoal(target: TargetFigure): string {
	return [...(target.qualifiers ?? []), figureOf(target)].join(' ');
}

/** The figure as the plans write it: "900 lượt người", "trên 50%", "ít nhất 2 bài hoặc tin mỗi tuần", "phấn đấu 7/7 xã, phường". */
export function formatTarget(target: TargetFigure): string {
	return target.kind === 'percent' ? formatGoal(target) : `${formatGoal(target)} ${target.unit}`;
}
