import { getEntry, type CollectionEntry } from 'astro:content';
import { anchorHref, routes } from '../lib/routes';
import { slugify } from '../lib/slug';
import { datasetId, formatTarget, type TargetRow } from '../lib/targets';
import type { PlanEntry } from './documents';

/** The full text (MDX) of a plan (the content check has made every plan have one). */
export async function getPlanText(plan: PlanEntry): Promise<CollectionEntry<'planTexts'>> {
	return (await getEntry('planTexts', plan.id))!;
}

/** URL of the page gathering an agency's duties. */
export function agencyHref(locality: string, agency: string): string {
	return routes.agency(locality, slugify(agency));
}

/** Rows of a plan's targets table, linking each target to its dataset and its section. */
export function targetRows(plan: PlanEntry, latest: (datasetId: string) => string | undefined, sectionBase = ''): TargetRow[] {
	return plan.data.targets.map((target) => {
		const id = datasetId(plan.id, target.id);
		return {
			id,
			label: target.label,
			figure: formatTarget(target),
			section: target.section,
			sectionHref: anchorHref(sectionBase, target.section),
			datasetHref: routes.dataset(id),
			latest: latest(id),
			partOf: target.partOf,
		};
	});
}
