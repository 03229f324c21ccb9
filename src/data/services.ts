import { getCollection } from 'astro:content';
import { loadSiteConfig } from '../config/site';
import { telHref } from '../lib/contact';
import { sectionName } from '../lib/document-display';
import { anchorHref } from '../lib/routes';
import { serviceKinds } from '../schemas/vocabulary';
import { getDocumentIndex, localityName } from './documents';

/** A help service as its card shows it; only the fields that have a value. */
export interface ServiceView {
	id: string;
	name: string;
	kind: string;
	locality: { id: string; name: string };
	description: string;
	count?: number | undefined;
	rows: { label: string; value: string; href?: string | undefined }[];
	hasContact: boolean;
	responsible: { agency: string; href: string; section: string }[];
	sources: { href: string; label: string }[];
}

/** Every service, grouped in the order of the localities of the site config. */
export async function getServices(): Promise<ServiceView[]> {
	const index = await getDocumentIndex();
	const cite = (source: { plan: { id: string }; section: string }) => {
		// The content check has made every cited plan exist.
		const plan = index.get(source.plan.id)!;
		return { href: anchorHref(plan.href, source.section), label: `${plan.label}, ${sectionName(source.section)}`, section: source.section };
	};
	const order = loadSiteConfig().localities.map((locality) => locality.id);
	const entries = await getCollection('services');
	return entries
		.map((entry) => {
			const data = entry.data;
			const rows = [
				data.address && { label: 'Địa chỉ', value: data.address },
				data.phone && { label: 'Điện thoại', value: data.phone, href: telHref(data.phone) },
				data.hours && { label: 'Giờ làm việc', value: data.hours },
				data.location && {
					label: 'Vị trí',
					value: `${data.location.lat}, ${data.location.lng} (mở bản đồ trên điện thoại)`,
					href: `geo:${data.location.lat},${data.location.lng}`,
				},
				data.eligibility && { label: 'Ai được sử dụng', value: data.eligibility },
				data.referral && { label: 'Cách được tiếp nhận', value: data.referral },
			].filter((row): row is { label: string; value: string; href?: string } => Boolean(row));
			return {
				id: entry.id,
				name: data.name,
				kind: serviceKinds[data.kind],
				locality: { id: data.locality, name: localityName(data.locality) },
				description: data.description,
				count: data.count,
				rows,
				hasContact: Boolean(data.address || data.phone),
				responsible: data.responsible.map((item) => {
					const source = cite(item.source);
					return { agency: item.agency, href: source.href, section: sectionName(source.section) };
				}),
				sources: data.sources.map((source) => cite(source)),
			};
		})
		.sort((a, b) => order.indexOf(a.locality.id) - order.indexOf(b.locality.id) || a.name.localeCompare(b.name, 'vi'));
}
