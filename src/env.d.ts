declare namespace App {
	interface Locals {
		/** The national emergency lines, for the help strip and the footer of every page (set by src/middleware.ts). */
		emergencyNumbers: import('./data/national').EmergencyNumber[];
		/** The plans a copy without an operator names in its notice. */
		demoPlans: string[];
	}
}
