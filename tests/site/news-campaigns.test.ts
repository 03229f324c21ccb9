import { readFileSync, statSync } from 'node:fs';
import ICAL from 'ical.js';
import { XMLParser } from 'fast-xml-parser';
import { SyntaxValidator } from 'fast-xml-validator';
import { beforeAll, describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { featuredEdition } from '../../src/lib/campaigns';
import { routes } from '../../src/lib/routes';
import { slugify } from '../../src/lib/slug';
import { readYaml } from '../helpers/content';
import { adminOnlyFiles, assertBuilt, listFiles, listPages, loadPage, readDist, textOf } from '../helpers/dist';
import { skipBecause } from '../helpers/skip';

beforeAll(assertBuilt);

const newsFiles = listFiles('content/news').filter((file) => file.endsWith('.md'));

describe('news', () => {
	test('the RSS feed is valid XML and lists every item, newest first, with absolute links', () => {
		const xml = readDist('/rss.xml');
		expect(SyntaxValidator.validate(xml)).toBe(true);
		const feed = new XMLParser({ ignoreAttributes: false }).parse(xml);
		const channel = feed.rss.channel;
		expect(feed.rss['@_version']).toBe('2.0');
		expect(channel.language).toBe('vi');
		const items = [channel.item].flat();
		expect(items).toHaveLength(newsFiles.length);
		const dates = items.map((item: { pubDate: string }) => Date.parse(item.pubDate));
		expect([...dates].sort((a, b) => b - a)).toEqual(dates);
		for (const item of items) {
			expect(item.link).toMatch(/^https?:\/\/[^/]+\/tin-tuc\/[a-z0-9-]+\/$/u);
			expect(item.guid['#text'] ?? item.guid).toBe(item.link);
			expect(item['dc:creator']).toBeTruthy();
			// At Việt Nam's offset: the day in the feed is the day posted (an item of 1 June is not "31 May 17:00 GMT").
			expect(item.pubDate).toMatch(/^\w{3}, \d{2} \w{3} \d{4} \d{2}:\d{2}:\d{2} \+0700$/u);
		}
	});

	test('the feed names its own address and was last built when its newest item was posted', () => {
		const feed = new XMLParser({ ignoreAttributes: false }).parse(readDist('/rss.xml'));
		const channel = feed.rss.channel;
		expect(feed.rss['@_xmlns:atom']).toBe('http://www.w3.org/2005/Atom');
		const self = [channel['atom:link']].flat().find((link: Record<string, string>) => link['@_rel'] === 'self');
		expect(self).toMatchObject({ '@_href': `${new URL(channel.link).origin}/rss.xml`, '@_type': 'application/rss+xml' });
		for (const required of ['title', 'link', 'description']) expect(channel[required], required).toBeTruthy();
		const items = [channel.item].flat();
		expect(channel.lastBuildDate).toBe(items[0].pubDate);
		expect(Date.parse(channel.lastBuildDate)).toBe(Math.max(...items.map((item: { pubDate: string }) => Date.parse(item.pubDate))));
	});

	/** Front matter of each shipped item: its posting date and, for an earlier event, the event's. */
	const shipped = newsFiles.map((file) => {
		const front = readFileSync(`content/news/${file}`, 'utf8').split('---')[1]!;
		return {
			id: file.replace(/\.md$/u, ''),
			date: /^date: (\d{4}-\d{2}-\d{2})/mu.exec(front)?.[1],
			eventDate: /^eventDate: (\d{4}-\d{2}-\d{2})/mu.exec(front)?.[1],
		};
	});

	const withEvent = shipped.find((entry) => entry.eventDate !== undefined);
	if (!withEvent) skipBecause('không có tin nào ghi ngày diễn ra sự việc (eventDate)');
	else
		test('an item page gives the posting date, and the date of the event it reports, in Việt Nam time', () => {
			const item = withEvent;
			const page = loadPage(`/tin-tuc/${item.id}/`);
			const [posted, event] = [...page.querySelectorAll('article time')];
			expect(posted?.getAttribute('datetime')).toBe(`${item.date}T00:00+07:00`);
			expect(textOf(posted!.parentElement)).toMatch(/^Đăng ngày \d{2}\/\d{2}\/\d{4}/u);
			expect(event?.getAttribute('datetime')).toBe(item.eventDate);
			expect(textOf(event!.parentElement)).toContain('Sự việc trong tin diễn ra ngày');
			expect(page.querySelector('.item-links a[href^="/tin-tuc/chu-de/"]')).not.toBeNull();
			const jsonLd = JSON.parse(page.querySelector('script[type="application/ld+json"]')!.textContent!);
			expect(jsonLd).toMatchObject({ '@type': 'NewsArticle', datePublished: `${item.date}T00:00+07:00`, inLanguage: 'vi' });
			expect(page.querySelector('meta[property="og:type"]')?.getAttribute('content')).toBe('article');
		});

	test('the list is newest posted first, and a tag page lists its items', () => {
		const times = [...loadPage('/tin-tuc/').querySelectorAll('.news-list > li')].map((item) =>
			item.querySelector('time')!.getAttribute('datetime')!,
		);
		expect(times).toHaveLength(newsFiles.length);
		expect([...times].sort().reverse()).toEqual(times);
	});

	test('each tag page lists the items of its tag, tags that slug alike as one', () => {
		const tagged = new Map<string, number>();
		for (const file of newsFiles) {
			const tags = (parse(readFileSync(`content/news/${file}`, 'utf8').split(/^---$/mu)[1]!).tags ?? []) as string[];
			for (const slug of new Set(tags.map(slugify))) tagged.set(slug, (tagged.get(slug) ?? 0) + 1);
		}
		expect(tagged.size, 'the news has tags').toBeGreaterThan(0);
		for (const [slug, count] of tagged) {
			// A long tag goes on over pages of its own (…/trang/2/).
			const pages = listPages().filter((path) => path === routes.tag(slug) || path.startsWith(`${routes.tag(slug)}trang/`));
			const listed = pages.reduce((sum, path) => sum + loadPage(path).querySelectorAll('.news-list > li').length, 0);
			expect(listed, slug).toBe(count);
		}
	});

	test('every shipped item has a full posting date, named after it, and an event date no later', () => {
		for (const item of shipped) {
			expect(item.date, item.id).toBeDefined();
			expect(item.id.startsWith(item.date!), item.id).toBe(true);
			if (item.eventDate !== undefined) expect(item.eventDate <= item.date!, item.id).toBe(true);
		}
	});
});

describe('images', () => {
	test('no file the public loads is over 200 KB (the CMS bundle is for editors only)', () => {
		const admin = adminOnlyFiles();
		expect(admin.size).toBeGreaterThan(1);
		const big = listFiles().filter((file) => statSync(`dist/${file}`).size > 200 * 1024 && !admin.has(file));
		expect(big).toEqual([]);
	});

	test('every <img> has a width, a height and alt text', () => {
		for (const path of listPages()) {
			for (const img of loadPage(path).querySelectorAll('img')) {
				expect(img.getAttribute('alt')?.trim(), `${path} ${img.outerHTML}`).toBeTruthy();
				expect(img.getAttribute('width'), path).toBeTruthy();
				expect(img.getAttribute('height'), path).toBeTruthy();
			}
		}
	});
});

describe('campaigns', () => {
	/** Every campaign of the content; its own words and counts are the demo's (tests/demo/campaigns.test.ts). */
	const campaigns = listFiles('content/campaigns')
		.filter((file) => file.endsWith('.yaml'))
		.map((file) => file.replace(/\.yaml$/u, ''));
	interface CampaignYaml {
		title: string;
		start: string;
		end: string;
		messages?: unknown[];
		schoolActivities?: { level: string }[];
		loudspeakerScript: { text: string }[];
		materials?: unknown[];
	}
	const campaign = (id: string) => readYaml<CampaignYaml>(`content/campaigns/${id}.yaml`);
	if (campaigns.length === 0)
		skipBecause('nội dung không có chiến dịch: không có trang chiến dịch, lịch hay bài phát thanh nào để kiểm tra');

	test.each(campaigns)('%s: its calendar parses and holds all-day yearly events on the right days', (id) => {
		const data = readYaml<{ title: string; start: string; end: string }>(`content/campaigns/${id}.yaml`);
		const calendar = new ICAL.Component(ICAL.parse(readDist(`/chien-dich/${id}.ics`)));
		expect(calendar.getFirstPropertyValue('x-wr-timezone')).toBe('Asia/Ho_Chi_Minh');
		const event = new ICAL.Event(calendar.getFirstSubcomponent('vevent')!);
		expect(event.summary).toBe(data.title);
		expect(event.startDate.isDate).toBe(true);
		expect(event.startDate.toString().slice(5)).toBe(data.start);
		const lastDay = event.endDate.clone();
		lastDay.adjust(-1, 0, 0, 0);
		expect(lastDay.toString().slice(5)).toBe(data.end);
		expect(event.component.getFirstPropertyValue('rrule')?.toString()).toBe('FREQ=YEARLY');
	});

	test('the all-campaigns calendar holds every campaign', () => {
		const calendar = new ICAL.Component(ICAL.parse(readDist('/chien-dich/lich.ics')));
		expect(calendar.getAllSubcomponents('vevent')).toHaveLength(campaigns.length);
	});

	test.each(campaigns)('%s is one series: the same UID, start and stamp in its file and in the calendar of all', (id) => {
		const own = new ICAL.Event(new ICAL.Component(ICAL.parse(readDist(`/chien-dich/${id}.ics`))).getFirstSubcomponent('vevent')!);
		const all = new ICAL.Component(ICAL.parse(readDist('/chien-dich/lich.ics')))
			.getAllSubcomponents('vevent')
			.map((vevent) => new ICAL.Event(vevent));
		const same = all.filter((event) => event.uid === own.uid);
		expect(same).toHaveLength(1);
		expect(same[0]!.startDate.toString()).toBe(own.startDate.toString());
		expect(own.uid).toContain(id);
		expect(own.uid).not.toMatch(/localhost|127\.0\.0\.1|:\d+/u);
		// The series starts in a year its own content gives (an edition, a plan it cites), not the build's.
		const text = readFileSync(`content/campaigns/${id}.yaml`, 'utf8');
		const cited = [...new Set([...text.matchAll(/plan: ([a-z0-9-]+)/gu)].map((match) => match[1]!))];
		const years = cited.map((plan) => readYaml<{ year: number }>(`content/plans/${plan}.yaml`).year);
		const editions = readYaml<{ editions?: { year: number }[] }>(`content/campaigns/${id}.yaml`).editions ?? [];
		expect(own.startDate.year).toBe(Math.min(...years, ...editions.map((edition) => edition.year)));
		const stamp = own.component.getFirstPropertyValue('dtstamp') as ICAL.Time;
		expect(stamp.toString()).toBe(`${own.startDate.toString()}T00:00:00Z`);
	});

	test.each(campaigns)(
		'%s: its page has its dates, messages, school activities, script and licensed materials, its own files among them',
		(id) => {
			const data = campaign(id);
			const page = loadPage(`/chien-dich/${id}/`);
			const main = textOf(page.querySelector('main'));
			// "01/06/2026 – 30/06/2026", or one day ("26/06/2026").
			const day = (monthDay: string) => `${monthDay.slice(3)}/${monthDay.slice(0, 2)}/\\d{4}`;
			const dates = data.start === data.end ? day(data.start) : `${day(data.start)} – ${day(data.end)}`;
			expect(main).toMatch(new RegExp(`(Đang diễn ra|Lần tới): ${dates}`, 'u'));
			expect(page.querySelectorAll('#thong-diep ~ ol > li')).toHaveLength(data.messages?.length ?? 0);
			for (const { level } of data.schoolActivities ?? []) expect(page.querySelector(`#cap-${level}`), level).not.toBeNull();
			const script = readDist(`/chien-dich/${id}/loa-truyen-thanh.txt`);
			for (const { text } of data.loudspeakerScript) expect(script).toContain(text);
			expect(main).toContain(data.loudspeakerScript[0]!.text);
			// The sheets, the script and the calendar the portal makes, then what editors uploaded.
			const materials = [...page.querySelectorAll('.materials li')];
			expect(materials.length).toBeGreaterThanOrEqual(3 + (data.materials?.length ?? 0));
			for (const href of [`/chien-dich/${id}/in/`, `/chien-dich/${id}/loa-truyen-thanh.txt`, `/chien-dich/${id}.ics`])
				expect(page.querySelector(`.materials a[href="${href}"]`), href).not.toBeNull();
			for (const material of materials) expect(material.querySelector('a[rel~="license"]'), textOf(material)).not.toBeNull();
		},
	);

	test('the campaign list and the home page show the current or next edition computed at build', () => {
		const day = new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 10);
		const home = textOf(loadPage('/').querySelector('main'));
		const featured = featuredEdition(campaigns.map(campaign), (data) => data, day);
		if (featured)
			expect(home).toContain(`${featured.status === 'current' ? 'Chiến dịch đang diễn ra' : 'Chiến dịch sắp tới'} ${featured.item.title}`);
		const list = loadPage('/chien-dich/');
		expect(list.querySelectorAll('#sap-toi ~ ul .card, #dang-dien-ra ~ ul .card').length).toBe(campaigns.length);
	});
});
