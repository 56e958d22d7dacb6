package io.cairn.api.bench;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import io.cairn.core.media.ScanFixtures;
import io.cairn.core.media.ScanFixtures.Figure;

/**
 * A generated maintenance log for the scans benchmark: every page holds three facts ("The
 * inspection code of pump station Veldmora is 4471-K.") among seed-fixed filler prose, so
 * each fact has one known answer page; some pages also show a chart whose words exist
 * only as pixels.
 */
final class ScanCorpus {

	/** A question, the page that answers it, and whether the answer is in a figure. */
	record Question(String text, int page, boolean figure, String answer) {
	}

	private record Attribute(String fact, String question) {
	}

	private static final List<Attribute> ATTRIBUTES = List.of(
			new Attribute("The inspection code of pump station %s is %s.",
					"What is the inspection code of pump station %s?"),
			new Attribute("Pump station %s was commissioned in the year %s.", "When was pump station %s commissioned?"),
			new Attribute("The chief engineer at pump station %s is %s.",
					"Who is the chief engineer at pump station %s?"),
			new Attribute("Pump station %s moves %s cubic metres of water per hour.",
					"How much water does pump station %s move per hour?"),
			new Attribute("The backup generator of pump station %s runs on %s.",
					"What fuel does the backup generator of pump station %s use?"));

	private static final String[] FIRST = { "Anna", "Bruno", "Carla", "Dmitri", "Elena", "Farid", "Greta", "Hugo",
			"Ines", "Jonas", "Katya", "Lars" };

	private static final String[] LAST = { "Okafor", "Lindqvist", "Moreau", "Tanaka", "Novak", "Brennan", "Alvarez",
			"Kowalski", "Haddad", "Fischer" };

	private static final String[] FUELS = { "diesel", "natural gas", "biodiesel", "propane", "hydrogen" };

	private static final String[] FILLER = { "The maintenance crew checked the valves and the pressure gauges.",
			"Water levels stayed within the expected range during the reporting period.",
			"Routine lubrication of the bearings was carried out as scheduled.",
			"No safety incidents were reported by the operating staff.",
			"The control room logged alarms and acknowledged them within minutes.",
			"Spare parts were ordered through the central procurement office.",
			"Operators walked the site twice per shift to look for leaks.",
			"The telemetry link to the regional office worked without interruption." };

	/** Words that appear only inside the charts, and the question each answers. */
	private static final String[][] CHARTS = { { "TURBINE OUTPUT PEAKED AT NOON", "When did turbine output peak?" },
			{ "SLUDGE VOLUME FELL BY HALF", "How did the sludge volume change?" },
			{ "NIGHT SHIFT COVERED BY RIVERSIDE TEAM", "Which team covered the night shift?" },
			{ "OZONE DOSING PAUSED IN AUGUST", "When was ozone dosing paused?" } };

	private static final int FACTS_PER_PAGE = 3;

	private static final int LINES_PER_PAGE = 22;

	private static final int LINE_CHARACTERS = 74;

	final List<List<String>> pages = new ArrayList<>();

	final List<List<Figure>> figures = new ArrayList<>();

	final List<Question> questions = new ArrayList<>();

	ScanCorpus(int pageCount, long seed) {
		Random random = new Random(seed);
		List<String> stations = stationNames(pageCount * FACTS_PER_PAGE, random);
		int chartEvery = Math.max(1, pageCount / CHARTS.length);
		for (int page = 1; page <= pageCount; page++) {
			List<String> sentences = new ArrayList<>();
			for (int i = 0; i < FACTS_PER_PAGE; i++) {
				String station = stations.get((page - 1) * FACTS_PER_PAGE + i);
				Attribute attribute = ATTRIBUTES.get(random.nextInt(ATTRIBUTES.size()));
				String value = value(attribute, random);
				sentences.add(FILLER[random.nextInt(FILLER.length)]);
				sentences.add(String.format(Locale.ROOT, attribute.fact(), station, value));
				this.questions
					.add(new Question(String.format(Locale.ROOT, attribute.question(), station), page, false, value));
			}
			List<String> lines = wrap(sentences, random);
			List<Figure> onPage = new ArrayList<>();
			int chart = (page - 1) / chartEvery;
			if ((page - 1) % chartEvery == chartEvery / 2 && chart < CHARTS.length) {
				String[] words = CHARTS[chart][0].split(" ");
				int half = words.length / 2;
				String first = String.join(" ", List.of(words).subList(0, half));
				String second = String.join(" ", List.of(words).subList(half, words.length));
				onPage.add(new Figure(ScanFixtures.wordsImage(720, 200, new Color(0xF2F6FA), first, second), 72, 530,
						360, 100));
				this.questions.add(new Question(CHARTS[chart][1], page, true, CHARTS[chart][0]));
			}
			this.pages.add(lines);
			this.figures.add(onPage);
		}
	}

	byte[] pdf() {
		return ScanFixtures.pdf(this.pages, this.figures);
	}

	private static List<String> stationNames(int count, Random random) {
		String[] syllables = { "vel", "dor", "ma", "kin", "sar", "bro", "tel", "ven", "lo", "ris", "gan", "tho" };
		List<String> names = new ArrayList<>();
		while (names.size() < count) {
			String name = syllables[random.nextInt(syllables.length)] + syllables[random.nextInt(syllables.length)]
					+ syllables[random.nextInt(syllables.length)];
			name = Character.toUpperCase(name.charAt(0)) + name.substring(1);
			if (!names.contains(name)) {
				names.add(name);
			}
		}
		return names;
	}

	private static String value(Attribute attribute, Random random) {
		return switch (ATTRIBUTES.indexOf(attribute)) {
			case 0 -> (1000 + random.nextInt(9000)) + "-" + (char) ('A' + random.nextInt(26));
			case 1 -> String.valueOf(1950 + random.nextInt(70));
			case 2 -> FIRST[random.nextInt(FIRST.length)] + " " + LAST[random.nextInt(LAST.length)];
			case 3 -> String.format(Locale.ROOT, "%,d", 200 + random.nextInt(4800));
			default -> FUELS[random.nextInt(FUELS.length)];
		};
	}

	/** The sentences, then filler up to the page's lines, wrapped to the page width. */
	private static List<String> wrap(List<String> sentences, Random random) {
		List<String> lines = new ArrayList<>();
		StringBuilder line = new StringBuilder();
		List<String> all = new ArrayList<>(sentences);
		while (all.size() < sentences.size() + 12) {
			all.add(FILLER[random.nextInt(FILLER.length)]);
		}
		for (String sentence : all) {
			for (String word : sentence.split(" ")) {
				if (line.length() + word.length() + 1 > LINE_CHARACTERS) {
					lines.add(line.toString());
					line.setLength(0);
					if (lines.size() == LINES_PER_PAGE) {
						return lines;
					}
				}
				if (!line.isEmpty()) {
					line.append(' ');
				}
				line.append(word);
			}
		}
		lines.add(line.toString());
		return lines;
	}

}
