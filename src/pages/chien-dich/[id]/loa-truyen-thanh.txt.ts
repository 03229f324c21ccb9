import type { APIRoute, GetStaticPaths } from 'astro';
import { publicSiteAddress } from '../../../config/site';
import { getCampaigns, type Campaign } from '../../../data/campaigns';
import { sourceLine } from '../../../data/claims';
import { publicUrl } from '../../../lib/public-address';
import { contentPageKey } from '../../../data/page-keys';

export const getStaticPaths = (async () =>
	(await getCampaigns()).map((campaign) => ({
		params: { id: campaign.id },
		props: { campaign },
		cacheKey: contentPageKey(),
	}))) satisfies GetStaticPaths;

/**
 * The loudspeaker script as plain text, ready to print or read aloud: each paragraph,
 * then in brackets, not to be read, where it comes from. The copy cites the portal's
 * public address, or says it is a demonstration without one.
 */
export const GET: APIRoute = ({ props }) => {
	const campaign = props.campaign as Campaign;
	const url = publicUrl(campaign.href, publicSiteAddress());
	const body = [
		`${campaign.data.title.toUpperCase()}`,
		`Bài phát thanh trên loa truyền thanh (${campaign.nextText})`,
		'Dòng trong ngoặc vuông dưới mỗi đoạn ghi nguồn của đoạn đó, không đọc to.',
		'',
		...campaign.script.flatMap((paragraph) => [
			paragraph.text,
			paragraph.source ? `[${sourceLine(paragraph.source)}]` : '[Lời của cổng thông tin, không trích từ văn bản.]',
			'',
		]),
		url ? `Nguồn: ${url}.` : 'Bản trình diễn: cổng chưa có địa chỉ công khai, nên bài này không ghi địa chỉ nguồn.',
		`Giấy phép: ${campaign.licence.name}.`,
		'',
	].join('\r\n');
	return new Response(`\uFEFF${body}`, { headers: { 'content-type': 'text/plain; charset=utf-8' } });
};
