package io.cairn.api.support;

import java.util.ArrayList;
import java.util.List;

/** A small clinical-style report whose pages each cover one distinct topic. */
public final class SamplePdf {

	/** Topic sentences, one page each; page n (1-based) is TOPICS.get(n - 1). */
	public static final List<String> TOPICS = List.of(
			"The aortic valve replacement cohort enrolled 412 patients across nine hospitals.",
			"Metformin dosing was reduced for patients whose kidney function had declined.",
			"Community acquired pneumonia was treated with azithromycin for five days.",
			"Influenza vaccination coverage among nurses rose to 87 percent in the winter season.",
			"Warfarin patients needed weekly INR monitoring during the first month.",
			"The asthma clinic introduced inhaler technique coaching by pharmacists.",
			"Hip fracture surgery within 48 hours lowered mortality in elderly patients.",
			"Sepsis bundles were started within one hour of triage in the emergency department.",
			"Diabetic retinopathy screening used fundus photography in primary care.",
			"Migraine prophylaxis with topiramate reduced monthly headache days.",
			"Pressure ulcers were prevented by repositioning bedridden patients every two hours.",
			"Hand hygiene audits showed compliance improving after the poster campaign.");

	private SamplePdf() {
	}

	public static byte[] report() {
		List<List<String>> pages = new ArrayList<>();
		for (int i = 0; i < TOPICS.size(); i++) {
			pages.add(List.of("Quality report section " + (i + 1), "", TOPICS.get(i),
					"The committee reviewed the results and agreed on next steps.",
					"Staff were briefed and the measure will be audited again next quarter."));
		}
		return TestPdfs.withPages(pages);
	}

}
