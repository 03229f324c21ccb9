import { getCollection } from 'astro:content';
import { anchorHref, routes } from '../lib/routes';
import { planSections, type PlanSection } from '../lib/sections';
import type { Claim, ClaimSource, PlanQuote } from '../schemas/claim';
import { getDocumentIndex, getPlans, getPlanText, localityName, type PlanEntry } from './documents';
import { getNationalFacts } from './national';

/** Where a claim comes from, as a page shows it. */
export interface SourceView {
	kind: 'plan' | 'legal' | 'national';
	/** "Theo kế hoạch năm 2022 của tỉnh Quảng Ninh, mục I.2.4": whose plan, which year, which section. */
	label: string;
	/** The plan section or the document page; absent for a national entry, which has no page. */
	href?: string | undefined;
	/** The source's words, verbatim. */
	quote?: string | undefined;
}

/** A claim ready to render: its sentence and its source, or the mark of the portal's own wording. */
export interface ClaimView {
	text: string;
	editorial: boolean;
	source?: SourceView | undefined;
}

/** A duty a plan assigns about a service: the agency its section names, and the quoted duty. */
export interface DutyView {
	agency: string;
	/** The plan requests (đề nghị) rather than assigns: Party bodies and the Front are not under the people's committee. */
	requested: boolean;
	source: SourceView;
}

/** Reads claims into what pages render. */
export interface ClaimResolver {
	claim: (claim: Claim) => ClaimView;
	source: (source: ClaimSource | PlanQuote) => SourceView;
	duty: (duty: PlanQuote) => DutyView;
	/** Whose plan and which year: "kế hoạch năm 2022 của tỉnh Quảng Ninh". */
	planName: (planId: string) => string;
}

/** "kế hoạch năm 2022 của tỉnh Quảng Ninh". */
export function planName(plan: PlanEntry): string {
	return `kế hoạch năm ${plan.data.year} của ${localityName(plan.data.locality)}`;
}

let resolverPromise: Promise<ClaimResolver> | undefined;

/**
 * The claim resolver of the build. The content check has proved every quote in its
 * section and every reference, so lookups here do not fail.
 */
export function getClaimResolver(): Promise<ClaimResolver> {
	resolverPromise ??= (async () => {
		const plans = new Map((await getPlans()).map((plan) => [plan.id, plan]));
		const sections = new Map<string, Map<string, PlanSection>>();
		for (const plan of plans.values()) sections.set(plan.id, planSections((await getPlanText(plan)).body ?? ''));
		const index = await getDocumentIndex();
		const national = new Map((await getNationalFacts()).map((entry) => [entry.id, entry.data]));
		const legal = new Set((await getCollection('legal')).map((entry) => entry.id));

		const source = (value: ClaimSource | PlanQuote): SourceView => {
			if (value.plan) {
				const plan = plans.get(value.plan.id)!;
				const section = value.section!;
				const label = sections.get(plan.id)?.get(section)?.label ?? section;
				return {
					kind: 'plan',
					label: `Theo ${planName(plan)}, ${label}`,
					href: anchorHref(routes.plan(plan.id), section),
					quote: value.quote,
				};
			}
			if ('legal' in value && value.legal && legal.has(value.legal.id)) {
				const document = index.get(value.legal.id)!;
				return { kind: 'legal', label: `Theo ${document.label}`, href: document.href, quote: value.quote };
			}
			const fact = 'national' in value && value.national ? national.get(value.national.id) : undefined;
			return { kind: 'national', label: `Nguồn: ${fact?.source ?? ''}` };
		};
		return {
			source,
			claim: (claim) => ({ text: claim.text, editorial: claim.editorial, source: claim.source ? source(claim.source) : undefined }),
			duty: (duty) => {
				const plan = plans.get(duty.plan.id)!;
				const item = plan.data.responsibilities.find((candidate) => candidate.section === duty.section)!;
				return { agency: item.agency, requested: item.requested, source: source(duty) };
			},
			planName: (planId) => planName(plans.get(planId)!),
		};
	})();
	return resolverPromise;
}

/** A claim's source as one line of plain text, for print, calendars and scripts read aloud. */
export function sourceLine(source: SourceView): string {
	return source.quote ? `${source.label}: “${source.quote}”` : source.label;
}
