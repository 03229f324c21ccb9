import { beforeAll, expect, test } from 'vitest';
import { editionDates } from '../../src/lib/campaigns';
import { readYaml } from '../helpers/content';
import { assertBuilt, loadPage, readDist, textOf } from '../helpers/dist';

beforeAll(assertBuilt);

// The demo's campaigns: the June action month as a reader meets it, and the HIV/AIDS month on the home page while it is on.

test('the June action month has its dates, sourced messages, school activities, a script and licensed materials', () => {
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
	expect(readDist(`/chien-dich/${id}/loa-truyen-thanh.txt`)).toContain('Kính thưa bà con!');
});

test('the demo ships three campaigns, and the home page shows the HIV/AIDS month while it is on', () => {
	const day = new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 10);
	const year = Number(day.slice(0, 4));
	const hiv = [editionDates({ start: '11-10', end: '12-10' }, year - 1), editionDates({ start: '11-10', end: '12-10' }, year)];
	const home = textOf(loadPage('/').querySelector('main'));
	expect(home).toMatch(/Chiến dịch (đang diễn ra|sắp tới)/u);
	if (hiv.some((edition) => day >= edition.start && day <= edition.end))
		expect(home).toContain('Chiến dịch đang diễn ra Tháng hành động quốc gia phòng, chống HIV/AIDS');
	expect(loadPage('/chien-dich/').querySelectorAll('#sap-toi ~ ul .card, #dang-dien-ra ~ ul .card')).toHaveLength(3);
});
