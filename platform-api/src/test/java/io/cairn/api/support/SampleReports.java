package io.cairn.api.support;

/** Small documents for the answer tests: a financial report with a table, a handbook. */
public final class SampleReports {

	public static final String REPORT = """
			# Annual report 2019

			## Sales by contract type (in millions)

			Substantially all of our contracts are fixed-price type contracts. Sales included in Other contract \
			types represent cost plus and time and material type contracts.

			| Contract type | 2019 | 2018 | 2017 |
			|---|---|---|---|
			| Fixed Price | $1,452.4 | $1,146.2 | $1,036.9 |
			| Other | 44.1 | 56.7 | 70.8 |
			| Total sales | $1,496.5 | $1,202.9 | $1,107.7 |

			## Employees

			At September 30, 2019 the company had 4,200 employees, of whom 1,100 worked outside the United States.
			""";

	public static final String HANDBOOK = """
			# Cardiology handbook

			## Heart failure
			Patients with reduced ejection fraction receive beta blockers and ACE inhibitors.
			Diuretics relieve fluid overload and shortness of breath.
			""";

	private SampleReports() {
	}

}
