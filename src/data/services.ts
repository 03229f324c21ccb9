import { getCollection } from 'astro:content';
import { loadSiteConfig } from '../config/site';
import { telHref } from '../lib/contact';
import { serviceKinds } from '../schemas/vocabulary';
import { getClaimResolver, type ClaimView, type DutyView } from './claims';
import { localityName } from './documents';

/** A help service as its card shows it; only the fields that have a value. */
export interface ServiceView {
	id: string;
	name: string;
	kind: string;
	locality: { id: string; name: string };
	/** What the plans say of it, each sentence with its source. */
	description: ClaimView[];
	eligibility?: ClaimView | undefined;
	referral?: ClaimView | undefined;
	firstContact: boolean;
	/** Contact rows that have a value (address, phone, hours, map). */
	rows: { label: string; value: string; href?: string | undefined }[];
	hasContact: boolean;
	/** Duties the plans assign about it, each with its agency and quote. */
	duties: DutyView[];
}

let servicesPromise: Promise<ServiceView[]> | undefined;

/** Every service, grouped in the order of the localities of the site config. */
export function getServices(): Promise<ServiceView[]> {
	servicesPromise ??= (async () => {
		const claims = await getClaimResolver();
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
				].filter((row): row is { label: string; value: string; href?: string } => Boolean(row));
				return {
					id: entry.id,
					name: data.name,
					kind: serviceKinds[data.kind],
					locality: { id: data.locality, name: localityName(data.locality) },
					description: data.description.map(claims.claim),
					eligibility: data.eligibility && claims.claim(data.eligibility),
					referral: data.referral && claims.claim(data.referral),
					firstContact: data.firstContact,
					rows,
					hasContact: Boolean(data.address || data.phone),
					duties: data.duties.map(claims.duty),
				};
			})
			.sort((a, b) => order.indexOf(a.locality.id) - order.indexOf(b.locality.id) || a.name.localeCompare(b.name, 'vi'));
	})();
	return servicesPromise;
}
