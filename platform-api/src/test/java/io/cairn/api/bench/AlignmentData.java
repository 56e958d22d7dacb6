package io.cairn.api.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Generated pages for the alignment benchmark. On a figure page the chunk text only says
 * "see the figure" and the figure's caption holds what a question asks about; on a text
 * page the text holds the answer and the figure beside it is decorative or about another
 * plant (a distractor). Projection training captions use other plants and places.
 */
final class AlignmentData {

	static final List<String> SUBJECTS = List.of("wind farm", "solar park", "hydro dam", "gas turbine plant",
			"battery storage site", "biomass boiler", "geothermal well", "tidal barrage", "nuclear reactor",
			"coal plant");

	static final List<String> PLACES = List.of("Aberdeen", "Lisbon", "Oslo", "Seville", "Gdansk", "Porto", "Bergen",
			"Valencia", "Tallinn", "Cork", "Turin", "Lyon");

	static final List<String> METRICS = List.of("monthly electricity output", "maintenance cost", "unplanned downtime",
			"carbon emissions", "staff headcount");

	private static final List<String> TRAIN_SUBJECTS = List.of("water treatment works", "steel mill", "cement kiln",
			"data centre", "paper mill", "railway depot", "chemical plant", "brewery");

	private static final List<String> TRAIN_PLACES = List.of("Leeds", "Hamburg", "Milan", "Krakow", "Ghent", "Malmo",
			"Brno", "Nantes");

	private static final List<String> COMPONENTS = List.of("gearbox", "transformer", "cooling pump", "inverter",
			"control system");

	private static final List<String> MONTHS = List.of("January", "March", "May", "July", "September", "November");

	private static final String[] CAPTIONS = { "Bar chart of the %s of the %s in %s, 2019 to 2024.",
			"Line graph: %s, %s, %s.", "Figure showing the %s recorded at the %s in %s." };

	private static final String[] DECORATIONS = { "Photograph of the site entrance on a sunny day.",
			"Company logo on a white background.", "Portrait of the operations director.",
			"Aerial photo of green fields and a road." };

	private static final String[] VAGUE = {
			"As the figure on this page shows, the values rose steadily and the trend continued into the last year.",
			"The chart below summarises the period. The details are discussed in the appendix.",
			"See the figure for the full series; the method is described in section two.",
			"The results for this unit are plotted below and were reviewed by the board." };

	/** One page: its chunk text, the captions of the figures beside it, the question. */
	record Page(String id, boolean figurePage, String text, List<String> captions, String question) {
	}

	private AlignmentData() {
	}

	static List<Page> pages(int figurePages, int textPages, long seed) {
		Random random = new Random(seed);
		List<Page> pages = new ArrayList<>();
		List<String[]> figureCombos = combos(random, SUBJECTS, PLACES, METRICS);
		for (int i = 0; i < figurePages; i++) {
			String[] c = figureCombos.get(i);
			String caption = String.format(CAPTIONS[random.nextInt(CAPTIONS.length)], c[2], c[0], c[1]);
			List<String> captions = new ArrayList<>(List.of(caption));
			if (i % 3 == 0) {
				captions.add(DECORATIONS[random.nextInt(DECORATIONS.length)]);
			}
			String question = (i % 2 == 0) ? "How did the " + c[2] + " of the " + c[0] + " in " + c[1] + " develop?"
					: c[1] + " " + c[0] + " " + c[2] + " chart";
			pages.add(new Page("f" + i, true, VAGUE[random.nextInt(VAGUE.length)], captions, question));
		}
		List<String[]> textCombos = combos(random, SUBJECTS, PLACES, COMPONENTS);
		for (int i = 0; i < textPages; i++) {
			String[] c = textCombos.get(i);
			String month = MONTHS.get(random.nextInt(MONTHS.size()));
			String text = "The " + c[0] + " in " + c[1] + " replaced its " + c[2] + " in " + month
					+ " after an inspection found corrosion.";
			// half decorative, half a chart about another plant
			String figure = (i % 2 == 0) ? DECORATIONS[random.nextInt(DECORATIONS.length)]
					: String.format(CAPTIONS[0], METRICS.get(random.nextInt(METRICS.size())),
							SUBJECTS.get(random.nextInt(SUBJECTS.size())), PLACES.get(random.nextInt(PLACES.size())));
			pages.add(new Page("t" + i, false, text, List.of(figure),
					"When did the " + c[1] + " " + c[0] + " get a new " + c[2] + "?"));
		}
		return pages;
	}

	/** Captions for fitting the projection: other plants and places, plus decorations. */
	static List<String> trainingCaptions() {
		List<String> captions = new ArrayList<>();
		for (String subject : TRAIN_SUBJECTS) {
			for (String place : TRAIN_PLACES) {
				for (String metric : METRICS) {
					for (String template : CAPTIONS) {
						captions.add(String.format(template, metric, subject, place));
					}
				}
			}
		}
		captions.addAll(List.of(DECORATIONS));
		return captions;
	}

	private static List<String[]> combos(Random random, List<String> a, List<String> b, List<String> c) {
		List<String[]> all = new ArrayList<>();
		for (String x : a) {
			for (String y : b) {
				for (String z : c) {
					all.add(new String[] { x, y, z });
				}
			}
		}
		Collections.shuffle(all, random);
		return all;
	}

}
