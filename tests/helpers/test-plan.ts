/**
 * The content files of a test plan with one target: at least `perWeek` news items a week,
 * its source text saying so in part I, item 1 (`muc-i-1`). Test data only: the plan has no
 * number and no date of issue, and its title says it is a test.
 */
export interface TestPlan {
	/** Entry id, also the names of its text and source files. */
	id: string;
	/** A locality id of content/site.yaml, and its name as the plan writes it. */
	locality: string;
	localityName: string;
	year: number;
	perWeek: number;
	/** The body that issued it; none when left out. */
	issuer?: string;
	/** Whether the home page shows the target among the headline figures. */
	headline?: boolean;
}

/** The plan's YAML, its text (MDX) and its source, by path under the project. */
export function testPlanFiles(plan: TestPlan): Record<string, string> {
	const statement = `Hằng tuần có ít nhất ${String(plan.perWeek).padStart(2, '0')} tin về phòng, chống ma túy`;
	const line = `1. ${statement} trên trang của ${plan.localityName}.`;
	return {
		[`content/plans/${plan.id}.yaml`]: [
			`title: Kế hoạch kiểm thử năm ${plan.year} của ${plan.localityName}`,
			'type: ke-hoach',
			...(plan.issuer ? [`issuer: ${plan.issuer}`] : []),
			`locality: ${plan.locality}`,
			`year: ${plan.year}`,
			'description: Kế hoạch kiểm thử, không phải văn bản thật.',
			`sourceFile: ${plan.id}.txt`,
			`published: "${plan.year}-01-05"`,
			'unknown: [number, issued]',
			'targets:',
			'  - id: tin-bai-hang-tuan',
			'    label: Tin về phòng, chống ma túy mỗi tuần',
			`    statement: ${statement}`,
			'    kind: count',
			`    value: ${plan.perWeek}`,
			'    qualifiers: [it-nhat]',
			'    newsPerWeek: true',
			...(plan.headline ? ['    headline: true'] : []),
			'    unit: tin mỗi tuần',
			'    section: muc-i-1',
			'',
		].join('\n'),
		[`content/plan-texts/${plan.id}.mdx`]: `## I. CHỈ TIÊU\n\n${line.replace('.', '\\.')}\n`,
		[`content/sources/${plan.id}.txt`]: `I. CHỈ TIÊU\n${line}\n`,
	};
}
