import { formatPartialDate, parsePartialDate } from '../lib/dates';
import { loadSiteConfig } from '../config/site';
import { routes } from '../lib/routes';
import { getDocumentIndex, getPlans, localityName, type PlanEntry } from './documents';
import { documentsUi } from '../ui-strings';

/** A plan as a list card shows it. */
export interface PlanCard {
	href: string;
	title: string;
	label: string;
	issuer?: string | undefined;
	issued?: { iso: string; text: string } | undefined;
	locality: string;
	year: number;
	targets: number;
	description: string;
}

/** Filter links for the plan lists: every year and locality that has a plan. */
export interface PlanFilters {
	years: { value: number; href: string; count: number }[];
	localities: { value: string; label: string; href: string; count: number }[];
}

async function toCard(plan: PlanEntry): Promise<PlanCard> {
	const summary = (await getDocumentIndex()).get(plan.id)!;
	const issued = plan.data.issued ? parsePartialDate(plan.data.issued) : undefined;
	return {
		href: summary.href,
		title: plan.data.title,
		label: plan.data.number ? `${summary.typeLabel} ${plan.data.number}` : documentsUi.plan.unnumbered,
		issuer: plan.data.issuer,
		issued: issued && plan.data.issued ? { iso: plan.data.issued, text: formatPartialDate(issued) } : undefined,
		locality: localityName(plan.data.locality),
		year: plan.data.year,
		targets: plan.data.targets.length,
		description: plan.data.description,
	};
}

/** Plans as cards, optionally only one year or one locality; newest first. */
export async function getPlanCards(filter: { year?: number; locality?: string } = {}): Promise<PlanCard[]> {
	const plans = (await getPlans()).filter(
		(plan) =>
			(filter.year === undefined || plan.data.year === filter.year) &&
			(filter.locality === undefined || plan.data.locality === filter.locality),
	);
	return Promise.all(plans.map(toCard));
}

/** The filter links, built from the plans that exist. */
export async function getPlanFilters(): Promise<PlanFilters> {
	const plans = await getPlans();
	const years = [...new Set(plans.map((plan) => plan.data.year))].sort((a, b) => b - a);
	const localities = loadSiteConfig().localities.filter((locality) => plans.some((plan) => plan.data.locality === locality.id));
	return {
		years: years.map((value) => ({
			value,
			href: routes.plansOfYear(value),
			count: plans.filter((plan) => plan.data.year === value).length,
		})),
		localities: localities.map((locality) => ({
			value: locality.id,
			label: locality.name,
			href: routes.plansOfLocality(locality.id),
			count: plans.filter((plan) => plan.data.locality === locality.id).length,
		})),
	};
}

/**
 * The plans a demonstration copy is built from, named as its notice names them, so a
 * locality that replaces the demo's plans gets a notice about its own.
 */
export async function demoPlanNames(): Promise<string[]> {
	const index = await getDocumentIndex();
	return (await getPlans()).map((plan) => {
		const label = index.get(plan.id)!.label;
		return plan.data.number && plan.data.issuer
			? `${label} của ${plan.data.issuer.replace('Ủy ban nhân dân', 'UBND')} (năm ${plan.data.year})`
			: label;
	});
}
