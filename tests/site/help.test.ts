import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { readYaml } from '../helpers/content';
import { assertBuilt, listFiles, listPages, loadPage, textOf } from '../helpers/dist';

beforeAll(assertBuilt);

const services = listFiles('content/services')
	.filter((file) => file.endsWith('.yaml'))
	.map((file) => file.replace(/\.yaml$/u, ''));
const serviceData = services.map((id) => ({
	id,
	...readYaml<{
		locality: string;
		phone?: string;
		address?: string;
		firstContact?: boolean;
		duties?: { plan: string; section: string }[];
	}>(`content/services/${id}.yaml`),
}));
/** The localities of the content; the help pages list those that have a service entry. */
const allLocalities = readYaml<{ localities: { id: string; name: string }[] }>('content/site.yaml').localities;
const localities = allLocalities.filter((locality) => serviceData.some((service) => service.locality === locality.id));
/** The help page's sections of sourced sentences, as content/pages/ho-tro.md gives them. */
type HelpSection = { id: string; claims?: unknown[]; subsections?: HelpSection[] };
const helpSections = parse(readFileSync('content/pages/ho-tro.md', 'utf8').split(/^---$/mu)[1]!).sections as HelpSection[] | undefined;
const sectionsWithin = (sections: HelpSection[] = []): HelpSection[] =>
	sections.flatMap((section) => [section, ...sectionsWithin(section.subsections)]);

describe('/ho-tro/', () => {
	test('lists every service entry', () => {
		const page = loadPage('/ho-tro/');
		for (const id of services) expect(page.querySelector(`li.service#${id}`), id).not.toBeNull();
	});

	test('opens with what to do now: the emergency numbers, then where to ask about voluntary rehabilitation', () => {
		const page = loadPage('/ho-tro/');
		const first = page.querySelector('main h2');
		expect(first?.id).toBe('viec-can-lam-ngay');
		const box = first!.parentElement!;
		expect(box.querySelectorAll('.emergency-numbers a[href^="tel:"]').length).toBe(3);
		expect(textOf(box)).toContain('Nguồn:');
		for (const service of serviceData.filter((entry) => entry.firstContact)) {
			expect(box.querySelector(`a[href="/ho-tro/#${service.id}"]`), service.id).not.toBeNull();
		}
		// A locality whose plan names no place to ask says so, rather than guessing one.
		for (const locality of localities) {
			const named = serviceData.some((entry) => entry.firstContact && entry.locality === locality.id);
			if (!named) expect(textOf(box)).toContain(`${locality.name}: bản kế hoạch cổng có chưa nêu nơi hỏi`);
		}
	});

	test('gives the three numbers as tap-to-call links, each labelled', () => {
		const links = [...loadPage('/ho-tro/').querySelectorAll('#viec-can-lam-ngay ~ .emergency-numbers a')].map((link) => [
			link.getAttribute('href'),
			textOf(link),
		]);
		expect(links).toEqual([
			['tel:113', '113 Công an'],
			['tel:115', '115 Cấp cứu y tế'],
			['tel:111', '111 Tổng đài quốc gia bảo vệ trẻ em'],
		]);
	});

	test('every guidance sentence names its plan, place, year and section, and quotes it', () => {
		const claims = [...loadPage('/ho-tro/').querySelectorAll('.guidance .claim')];
		// Every sentence of the page's sections, sub-sections included (how many is the demo's: tests/demo/help.test.ts).
		expect(claims.length).toBe(sectionsWithin(helpSections).reduce((sum, section) => sum + (section.claims?.length ?? 0), 0));
		for (const claim of claims) {
			const source = claim.querySelector('.claim-source');
			expect(source, textOf(claim)).not.toBeNull();
			expect(textOf(source), textOf(claim)).toMatch(/^Theo kế hoạch năm \d{4} của .+, (mục|phần) /u);
			expect(source!.querySelector('a')?.getAttribute('href'), textOf(claim)).toMatch(/^\/ke-hoach\/[a-z0-9-]+\/#(muc|phan|can-cu)/u);
			expect(textOf(source!.querySelector('q')), textOf(claim)).not.toBe('');
		}
	});

	test('places without contact details are grouped apart, compact, and say so once per locality', () => {
		const page = loadPage('/ho-tro/');
		for (const service of serviceData) {
			const card = page.querySelector(`li.service#${service.id}`)!;
			const grouped = card.closest('.no-contact') !== null;
			expect(grouped, service.id).toBe(!(service.phone || service.address));
			if (grouped) expect(card.classList.contains('compact'), service.id).toBe(true);
		}
		for (const group of page.querySelectorAll('.no-contact')) {
			expect(textOf(group).match(/Cổng chưa có địa chỉ, số điện thoại/gu), textOf(group.querySelector('h4'))).toHaveLength(1);
		}
	});

	test('a service names a body only with the duty a plan assigns it, quoted and linked to its section', () => {
		const page = loadPage('/ho-tro/');
		for (const service of serviceData) {
			const card = page.querySelector(`li.service#${service.id}`)!;
			const duties = [...card.querySelectorAll('.duties li')];
			expect(duties, service.id).toHaveLength(service.duties?.length ?? 0);
			duties.forEach((duty, index) => {
				const { plan, section } = service.duties![index]!;
				expect(duty.querySelector('.claim-source a')?.getAttribute('href')).toBe(`/ke-hoach/${plan}/#${section}`);
				expect(textOf(duty.querySelector('q'))).not.toBe('');
			});
		}
	});

	test('filters by locality on pages of their own, for each locality that has a service entry', () => {
		for (const locality of allLocalities.filter((candidate) => !localities.includes(candidate)))
			expect(() => loadPage(`/ho-tro/dia-ban/${locality.id}/`), locality.id).toThrow();
		for (const locality of localities) {
			const page = loadPage(`/ho-tro/dia-ban/${locality.id}/`);
			const own = serviceData.filter((service) => service.locality === locality.id).map((service) => service.id);
			expect(page.querySelectorAll('li.service').length, locality.id).toBe(own.length);
			for (const id of services.filter((other) => !own.includes(other))) expect(page.querySelector(`li.service#${id}`), id).toBeNull();
		}
	});
});

describe('every page', () => {
	test('no page shows an empty field label', () => {
		for (const path of listPages()) {
			const page = loadPage(path);
			for (const dd of page.querySelectorAll('dd')) expect(textOf(dd), `${path}: ${textOf(dd.previousElementSibling)}`).not.toBe('');
			for (const dt of page.querySelectorAll('dt')) expect(dt.nextElementSibling?.tagName, path).toBe('DD');
			expect(textOf(page.querySelector('main')), path).not.toMatch(
				/(Địa chỉ|Điện thoại|Giờ làm việc|Thư điện tử):\s*(Địa chỉ|Điện thoại|$)/u,
			);
		}
	});

	test('a short help box with 113, 115, 111 and a link to /ho-tro/ is on every page but the print pages', () => {
		for (const path of listPages()) {
			const page = loadPage(path);
			if (page.body.classList.contains('print-page')) continue;
			const box = page.querySelector('.help-strip')!;
			expect(box, path).not.toBeNull();
			expect(
				[...box.querySelectorAll('a')].map((link) => link.getAttribute('href')),
				path,
			).toEqual(['tel:113', 'tel:115', 'tel:111', '/ho-tro/']);
		}
	});
});

describe('entry points by audience', () => {
	test('people and families: numbers, the help topics that land on real anchors, services by locality', () => {
		const page = loadPage('/danh-cho/nguoi-dan/');
		expect(page.querySelectorAll('main a[href^="tel:"]')).toHaveLength(3);
		const help = loadPage('/ho-tro/');
		const anchors = [...page.querySelectorAll('main a[href^="/ho-tro/#"]')].map((link) => link.getAttribute('href')!.split('#')[1]!);
		// What to do now, then each topic of the help page: its sub-sections, or itself when it has none.
		const topics = (helpSections ?? []).flatMap((topic) =>
			(topic.subsections?.length ? topic.subsections : [topic]).map((item) => item.id),
		);
		expect(anchors).toEqual(['viec-can-lam-ngay', ...topics]);
		for (const anchor of anchors) expect(help.getElementById(anchor), anchor).not.toBeNull();
		for (const locality of localities) expect(page.querySelector(`a[href="/ho-tro/dia-ban/${locality.id}/"]`), locality.id).not.toBeNull();
	});

	test('schools: activities by level, print pages, the calendar, the plan lines about schools', () => {
		const page = loadPage('/danh-cho/nha-truong/');
		for (const level of ['tieu-hoc', 'thcs', 'thpt', 'gdnn']) expect(page.querySelector(`#cap-${level}`), level).not.toBeNull();
		expect(page.querySelectorAll('a[href$="/in/"]')).toHaveLength(
			listFiles('content/campaigns').filter((file) => file.endsWith('.yaml')).length,
		);
		expect(page.querySelector('a[href="/chien-dich/lich.ics"]')).not.toBeNull();
		expect(page.querySelector('a[rel~="license"]')).not.toBeNull();
	});

	test('officials: plans, every dataset download, duties by agency, legal basis', () => {
		const page = loadPage('/danh-cho/can-bo/');
		const csv = page.querySelectorAll('a[href$=".csv"]').length;
		expect(csv).toBe(listFiles().filter((file) => /^so-lieu\/[a-z0-9-]+\.csv$/u.test(file) && !file.includes('nhip-dang-tin')).length);
		// Duties by agency exist when the plans assign duties; the page links them exactly then.
		expect(page.querySelector('a[href^="/co-quan/"]') !== null).toBe(
			listFiles().some((file) => /^co-quan\/[^/]+\/[^/]+\/index\.html$/u.test(file)),
		);
		expect(page.querySelector('a[href="/van-ban/"]')).not.toBeNull();
	});

	test('the home page offers the three entry points', () => {
		const links = [...loadPage('/').querySelectorAll('.audiences a')].map((link) => link.getAttribute('href'));
		expect(links).toEqual(['/danh-cho/nguoi-dan/', '/danh-cho/nha-truong/', '/danh-cho/can-bo/']);
	});
});
