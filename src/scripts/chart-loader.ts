/**
 * Loads Chart.js only when a chart scrolls into view (or soon after, on a page
 * too short to scroll), so a reader who only wants the table never pays for it.
 */
const figures = document.querySelectorAll<HTMLElement>('[data-chart]');

function draw(figure: HTMLElement) {
	import('./draw-chart')
		.then(({ drawChart }) => drawChart(figure))
		.catch(() => {
			// Without the chart the table still tells everything.
		});
}

if (figures.length > 0) {
	if ('IntersectionObserver' in window) {
		const observer = new IntersectionObserver(
			(entries) => {
				for (const entry of entries) {
					if (entry.isIntersecting) {
						observer.unobserve(entry.target);
						draw(entry.target as HTMLElement);
					}
				}
			},
			{ rootMargin: '200px' },
		);
		for (const figure of figures) observer.observe(figure);
	} else {
		for (const figure of figures) draw(figure);
	}
}
