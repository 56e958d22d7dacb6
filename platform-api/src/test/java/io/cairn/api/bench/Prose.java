package io.cairn.api.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Varied, realistic-looking English report prose from a fixed seed: sentences built from
 * templates over domain vocabularies (clinical care, finance, operations, research), so
 * that chunking and BM25 see natural word and sentence length distributions.
 */
final class Prose {

	private static final String[][] DOMAINS = {
			{ "the cardiology unit", "the outpatient clinic", "the nursing team", "the infection control group",
					"the pharmacy service", "the emergency department", "the stroke pathway", "the renal ward" },
			{ "the treasury function", "the audit committee", "the regional sales team", "the procurement office",
					"the credit risk desk", "the finance department", "the investor relations team",
					"the pension trustees" },
			{ "the logistics centre", "the maintenance crew", "the customer service desk", "the quality board",
					"the field engineering group", "the warehouse in Rotterdam", "the support organisation",
					"the safety officers" },
			{ "the research consortium", "the study steering group", "the laboratory", "the data monitoring board",
					"the trial coordinators", "the genomics core", "the survey team", "the evaluation panel" } };

	private static final String[][] OBJECTS = {
			{ "discharge planning", "medication reconciliation", "sepsis screening", "anticoagulation monitoring",
					"patient falls", "pressure ulcer prevention", "readmission rates", "antibiotic stewardship",
					"waiting times for echocardiography", "hand hygiene compliance" },
			{ "operating margin", "working capital", "the hedging programme", "supplier payment terms",
					"capital expenditure", "the impairment review", "foreign exchange exposure", "the dividend policy",
					"deferred revenue", "the cost of borrowing" },
			{ "first-call resolution", "spare parts inventory", "delivery lead times", "preventive maintenance",
					"the ticket backlog", "forklift incidents", "route planning", "returns processing",
					"on-time dispatch", "energy consumption" },
			{ "the primary endpoint", "participant retention", "sample handling", "the statistical analysis plan",
					"protocol deviations", "data quality checks", "the recruitment rate", "assay variability",
					"the interim analysis", "consent procedures" } };

	private static final String[] VERBS = { "reviewed", "improved", "reorganised", "monitored", "audited",
			"streamlined", "documented", "reassessed", "benchmarked", "stabilised", "expanded", "simplified" };

	private static final String[] TIMES = { "during the first quarter", "over the past twelve months",
			"since the spring", "before the winter peak", "in the second half of the year", "within six weeks",
			"after the system upgrade", "throughout the reporting period", "at the end of March",
			"following the external review" };

	private static final String[] CONNECTIVES = { "However,", "In addition,", "As a result,", "By contrast,",
			"At the same time,", "Overall,", "Nevertheless,", "In practice,", "For this reason,", "Notably," };

	private static final String[] FINDINGS = { "the change was well received by staff",
			"the gains were largest at the smaller sites", "the effect faded once the pilot ended",
			"the variation between teams narrowed considerably", "the results were broadly in line with the plan",
			"several weaknesses in the handover process came to light",
			"the improvement held even during periods of high demand",
			"costs rose slightly before falling back to the previous level",
			"the new checklist reduced the number of repeated requests",
			"reporting delays were the main obstacle to progress" };

	private static final String[] ACTIONS = { "a weekly review meeting", "a shared dashboard",
			"clearer escalation rules", "additional training sessions", "a revised staffing rota",
			"an external benchmark", "a simplified approval form", "monthly spot checks", "a dedicated coordinator",
			"automated reminders" };

	private static final String[] UNITS = { "percent", "days", "hours", "cases", "incidents", "points" };

	private final Random random;

	Prose(long seed) {
		this.random = new Random(seed);
	}

	/** A heading title of two to five words. */
	String title(int domain) {
		String object = pick(OBJECTS[domain]);
		String[] forms = { "Review of " + object, "Changes to " + object, capitalise(object) + " and outcomes",
				capitalise(object) + " in practice", "Progress on " + object, "Lessons from " + object };
		return pick(forms);
	}

	/** A paragraph of {@code sentences} sentences about one domain. */
	String paragraph(int domain, int sentences) {
		List<String> out = new ArrayList<>();
		for (int i = 0; i < sentences; i++) {
			out.add(sentence(domain, i == 0));
		}
		return String.join(" ", out);
	}

	private String sentence(int domain, boolean first) {
		String subject = pick(DOMAINS[domain]);
		String object = pick(OBJECTS[domain]);
		int number = 2 + this.random.nextInt(97);
		String sentence = switch (this.random.nextInt(9)) {
			case 0 -> subject + " " + pick(VERBS) + " " + object + " " + pick(TIMES) + ".";
			case 1 -> "When " + subject + " " + pick(VERBS) + " " + object + ", " + pick(FINDINGS) + ".";
			case 2 -> capitalise(object) + " changed by " + number + " " + pick(UNITS) + " " + pick(TIMES) + ", which "
					+ subject + " attributed to " + pick(ACTIONS) + ".";
			case 3 -> "To support " + object + ", " + subject + " introduced " + pick(ACTIONS) + " and " + pick(ACTIONS)
					+ ".";
			case 4 -> "The report notes that " + pick(FINDINGS) + ", although " + object + " still needs attention.";
			case 5 ->
				capitalise(pick(TIMES)) + ", " + subject + " recorded " + number + " " + pick(UNITS) + " related to "
						+ object + ", compared with " + (number + 3 + this.random.nextInt(20)) + " a year earlier.";
			case 6 -> "Staff interviewed for this review said that " + pick(ACTIONS) + " made " + object
					+ " easier to manage.";
			case 7 -> "A small number of cases showed that " + object + " depends on " + pick(OBJECTS[domain])
					+ " more than expected.";
			default -> "The next step is " + pick(ACTIONS) + " for " + object + ", with a follow-up review "
					+ pick(TIMES) + ".";
		};
		sentence = capitalise(sentence);
		if (!first && this.random.nextInt(4) == 0) {
			sentence = pick(CONNECTIVES) + " " + Character.toLowerCase(sentence.charAt(0)) + sentence.substring(1);
		}
		return sentence;
	}

	int nextInt(int bound) {
		return this.random.nextInt(bound);
	}

	private String pick(String[] values) {
		return values[this.random.nextInt(values.length)];
	}

	private static String capitalise(String text) {
		return Character.toUpperCase(text.charAt(0)) + text.substring(1);
	}

}
