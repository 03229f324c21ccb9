import type { CalendarEvent } from '../lib/ics';
import type { Campaign } from './campaigns';

/** A campaign as a yearly all-day event, starting with its first listed year (or its next edition). */
export function campaignEvent(campaign: Campaign, site: URL | string, host: string): CalendarEvent {
	const firstYear = Math.min(campaign.next.year, ...campaign.data.editions.map((edition) => edition.year));
	const start = `${firstYear}-${campaign.data.start}`;
	const endYear = campaign.data.end < campaign.data.start ? firstYear + 1 : firstYear;
	return {
		uid: `${campaign.id}@${host}`,
		title: campaign.data.title,
		description: `${campaign.data.description}\nThông điệp, tài liệu, bài phát thanh: ${new URL(campaign.href, site).href}`,
		url: new URL(campaign.href, site).href,
		start,
		end: `${endYear}-${campaign.data.end}`,
		yearly: true,
	};
}
