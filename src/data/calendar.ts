import { publicUrl } from '../lib/public-address';
import type { CalendarEvent } from '../lib/ics';
import type { Campaign } from './campaigns';
import { sourceLine } from './claims';

/** Host part of event ids when the portal has no public address: `.invalid` is reserved for names that resolve nowhere. */
const DEMO_HOST = 'ban-trinh-dien.invalid';

/**
 * A campaign as a yearly all-day event, starting with its first listed year (or its next
 * edition). The description gives the campaign's sentence and its source, and the page's
 * address only when the portal has a public one; a demonstration copy says it has none.
 */
export function campaignEvent(campaign: Campaign, address: string | undefined): CalendarEvent {
	const firstYear = Math.min(campaign.next.year, ...campaign.data.editions.map((edition) => edition.year));
	const start = `${firstYear}-${campaign.data.start}`;
	const endYear = campaign.data.end < campaign.data.start ? firstYear + 1 : firstYear;
	const url = publicUrl(campaign.href, address);
	const source = campaign.description.source ? ` (${sourceLine(campaign.description.source)})` : '';
	return {
		uid: `${campaign.id}@${address === undefined ? DEMO_HOST : new URL(address).host}`,
		title: campaign.data.title,
		description: [
			`${campaign.description.text}${source}`,
			url
				? `Thông điệp, tài liệu, bài phát thanh: ${url}`
				: 'Bản trình diễn: cổng chưa có địa chỉ công khai, nên lịch này không ghi địa chỉ nguồn.',
		].join('\n'),
		url,
		start,
		end: `${endYear}-${campaign.data.end}`,
		yearly: true,
	};
}
