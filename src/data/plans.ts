import { anchorHref, routes } from '../lib/routes';
import { slugify } from '../lib/slug';
import { datasetId, formatTarget, type TargetFigure, type TargetRow } from '../lib/targets';
import { targetQualifiers } from '../schemas/vocabulary';
import type { PlanEntry } from './documents';

/** URL of the page gathering an agency's duties. */
export function agencyHref(locality: string, agency: string): string {
	return routes.agency(locality, slugify(agency));
}

/** A target's figure with the words of its qualifiers, in the vocabulary's reading order ("phấn đấu trên 50%"). */
export function targetFigure(target: PlanEntry['data']['targets'][number]): TargetFigure {
	const order = Object.keys(targetQualifiers);
	const qualifiers = [...target.qualifiers].sort((a, b) => order.indexOf(a) - order.indexOf(b)).map((key) => targetQualifiers[key]);
	return { kind: target.kind, value: target.value, denominator: target.denominator, unit: target.unit, qualifiers };
}

/** Rows of a plan's targets table, linking each target to its dataset and its section (named as `sectionLabel` says). */
export function targetRows(
	plan: PlanEntry,
	latest: (datasetId: string) => string | undefined,
	sectionLabel: (anchor: string) => string,
	sectionBase = '',
): TargetRow[] {
	return plan.data.targets.map((target) => {
		const id = datasetId(plan.id, target.id);
		return {
			id,
			label: target.label,
			figure: formatTarget(targetFigure(target)),
			section: target.section,
			sectionLabel: sectionLabel(target.section),
			sectionHref: anchorHref(sectionBase, target.section),
			datasetHref: routes.dataset(id),
			latest: latest(id),
			partOf: target.partOf,
		};
	});
}
