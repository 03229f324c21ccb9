import { readFileSync, statSync } from 'node:fs';
import ICAL from 'ical.js';
import { XMLParser } from 'fast-xml-parser';
import { SyntaxValidator } from 'fast-xml-validator';
import { beforeAll, describe, expect, test } from 'vitest';
import { editionDates } from '../../src/lib/campaigns';
import { readYaml } from '../helpers/content';
import { adminOnlyFiles, assertBuilt, listFiles, listPages, loadPage, readDist, textOf } from '../helpers/dist';

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

	test('an item page gives the posting date, and the date of the event it reports, in Việt Nam time', () => {
		const item = shipped.find((entry) => entry.eventDate !== undefined)!;
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
		const tagPage = loadPage('/tin-tuc/chu-de/van-ban-phap-luat/');
		expect(tagPage.querySelectorAll('.news-list > li')).toHaveLength(2);
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
	const campaigns = [
		'thang-hanh-dong-phong-chong-ma-tuy',
		'ngay-quoc-te-phong-chong-ma-tuy',
		'thang-hanh-dong-quoc-gia-phong-chong-hiv-aids',
	];

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

	test('the all-campaigns calendar holds the three campaigns', () => {
		const calendar = new ICAL.Component(ICAL.parse(readDist('/chien-dich/lich.ics')));
		expect(calendar.getAllSubcomponents('vevent')).toHaveLength(3);
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

	test('a campaign page has dates, audiences, sourced messages, school activities, a script and licensed materials', () => {
		const id = 'thang-hanh-dong-phong-chong-ma-tuy';
		const data = readYaml<{ schoolActivities: { level: string }[] }>(`content/campaigns/${id}.yaml`);
		const page = loadPage(`/chien-dich/${id}/`);
		const main = textOf(page.querySelector('main'));
		expect(main).toMatch(/(Đang diễn ra|Lần tới): 01\/06\/\d{4} – 30\/06\/\d{4}/u);
		expect(page.querySelectorAll('#thong-diep ~ ol .claim-source a').length).toBeGreaterThanOrEqual(3);
		for (const { level } of data.schoolActivities) expect(page.querySelector(`#cap-${level}`), level).not.toBeNull();
		expect(main).toContain('Kính thưa bà con');
		const materials = [...page.querySelectorAll('.materials li')];
		expect(materials.length).toBeGreaterThanOrEqual(3);
		for (const material of materials) expect(material.querySelector('a[rel~="license"]'), textOf(material)).not.toBeNull();
		expect(readDist('/chien-dich/thang-hanh-dong-phong-chong-ma-tuy/loa-truyen-thanh.txt')).toContain('Kính thưa bà con!');
	});

	test('the campaign list and the home page show the current or next edition computed at build', () => {
		const day = new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 10);
		const year = Number(day.slice(0, 4));
		const hiv = [editionDates({ start: '11-10', end: '12-10' }, year - 1), editionDates({ start: '11-10', end: '12-10' }, year)];
		const hivOn = hiv.some((edition) => day >= edition.start && day <= edition.end);
		const home = textOf(loadPage('/').querySelector('main'));
		expect(home).toMatch(/Chiến dịch (đang diễn ra|sắp tới)/u);
		if (hivOn) expect(home).toContain('Chiến dịch đang diễn ra Tháng hành động quốc gia phòng, chống HIV/AIDS');
		const list = loadPage('/chien-dich/');
		expect(list.querySelectorAll('#sap-toi ~ ul .card, #dang-dien-ra ~ ul .card').length).toBe(3);
	});
});
