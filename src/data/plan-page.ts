import { loadSiteConfig, siteAddress } from '../config/site';
import { layoutRelationDiagram } from '../lib/diagram';
import { formatPartialDate, parsePartialDate } from '../lib/dates';
import { metadataRows } from '../lib/document-display';
import { absoluteUrl } from '../lib/page-meta';
import { routes } from '../lib/routes';
import { mdxBlocks, sectionLabels, tableOfContents } from '../lib/sections';
import { documentFields, documentTypes, effectiveStatuses, relationKinds } from '../schemas/vocabulary';
import type { DocumentRelations, PlanEntry } from './documents';
import { localityName } from './documents';
import { agencyHref, targetRows } from './plans';
import { documentsUi } from '../ui-strings';

/** The relation diagram of a document, from its direct relations. */
export function documentDiagram(center: { id: string; label: string }, relations: DocumentRelations) {
	const items = (groups: DocumentRelations['forward']) => {
		const byId = new Map<string, { id: string; label: string; kinds: string[] }>();
		for (const group of groups) {
			for (const item of group.items) {
				const entry = byId.get(item.doc.id) ?? { id: item.doc.id, label: item.doc.label, kinds: [] };
				// Notes read along the arrow (dependent → document → basis), so always forward.
				entry.kinds.push(relationKinds[group.kind as keyof typeof relationKinds].forward);
				byId.set(item.doc.id, entry);
			}
		}
		return [...byId.values()].map((entry) => ({ id: entry.id, label: entry.label, note: entry.kinds.join(', ') }));
	};
	return layoutRelationDiagram({
		center,
		dependents: items(relations.backward),
		bases: items(relations.forward),
		headings: { dependents: 'Văn bản dựa vào văn bản này', bases: 'Văn bản này dựa vào, dẫn chiếu' },
	});
}

/** Everything the plan page renders, computed once. */
export function planPageModel(
	plan: PlanEntry,
	textSource: string,
	relations: DocumentRelations,
	latest: (datasetId: string) => string | undefined = () => undefined,
) {
	const data = plan.data;
	const notices: string[] = [];
	if (!data.number && data.numberAsPrinted) {
		notices.push(documentsUi.plan.notices.unnumbered(data.numberAsPrinted, data.issuedAsPrinted ?? ''));
	}
	if (data.truncated) {
		notices.push(documentsUi.plan.notices.truncated);
	}
	const site = loadSiteConfig();
	const sectionLabel = sectionLabels(textSource);
	const label = plan.data.number ? `${documentTypes[data.type]} ${data.number}` : data.title;
	return {
		notices,
		sourceHref: routes.planSource(plan.id),
		issuedText: data.issued ? formatPartialDate(parsePartialDate(data.issued)!) : undefined,
		metadata: metadataRows(data, {
			type: documentTypes[data.type],
			status: effectiveStatuses[data.status],
			labels: documentFields,
			extra: [
				{ key: 'locality', label: 'Địa bàn', value: localityName(data.locality) },
				{ key: 'year', label: 'Năm kế hoạch', value: String(data.year) },
			],
		}),
		toc: tableOfContents(mdxBlocks(textSource)),
		targets: targetRows(plan, latest, sectionLabel),
		responsibilities: data.responsibilities.map((item) => ({
			agency: item.agency,
			href: agencyHref(data.locality, item.agency),
			section: item.section,
			sectionLabel: sectionLabel(item.section),
			duties: item.duties.length,
			requested: item.requested,
		})),
		repairs: data.repairs.map((repair) => ({ ...repair, sectionLabel: sectionLabel(repair.section) })),
		responsibilitiesUnknown: data.unknown.includes('responsibilities'),
		recipients: data.recipients.map((line) => line.replace(/;$/u, '')),
		recipientsUnknown: data.unknown.includes('recipients'),
		diagram: documentDiagram({ id: plan.id, label }, relations),
		jsonLd: {
			'@context': 'https://schema.org',
			'@type': 'Legislation',
			name: data.title,
			...(data.number ? { legislationIdentifier: data.number } : {}),
			legislationType: documentTypes[data.type],
			...(data.issued ? { legislationDate: data.issued } : {}),
			legislationJurisdiction: localityName(data.locality),
			inLanguage: 'vi',
			...(data.issuer ? { legislationPassedBy: { '@type': 'GovernmentOrganization', name: data.issuer } } : {}),
			isBasedOn: relations.forward.flatMap((group) => group.items.map((item) => absoluteUrl(item.doc.href, siteAddress(site)))),
			url: absoluteUrl(routes.plan(plan.id), siteAddress(site)),
		},
	};
}
