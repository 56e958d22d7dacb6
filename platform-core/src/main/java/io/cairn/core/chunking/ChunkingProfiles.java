package io.cairn.core.chunking;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import io.cairn.core.InvalidRequestException;

/**
 * The built-in chunking profiles: {@code general}, {@code medical}, {@code finance} and
 * {@code legal}. A collection has a default profile; an upload may name another one.
 */
public final class ChunkingProfiles {

	/** Everyday documents: mid-sized windows, boundaries only at headings. */
	public static final ChunkingProfile GENERAL = new ChunkingProfile("general", 256, 48, List.of(), true, 256);

	/**
	 * Clinical notes and reports: small windows so that one finding is one hit, and a
	 * boundary at every standard note section ("Assessment:", "PHYSICAL EXAMINATION").
	 */
	public static final ChunkingProfile MEDICAL = new ChunkingProfile("medical", 192, 32, List
		.of(Pattern.compile("(?i)(?:chief complaint|history of present illness|hpi|past medical history|pmh"
				+ "|past surgical history|family history|social history|(?:current |home |discharge )?medications?"
				+ "|allergies|review of systems|ros|physical exam(?:ination)?|vital signs|labs?|laboratory (?:data|results)"
				+ "|imaging|assessment(?: and plan| & plan)?|plan|impression|findings|diagnos[ie]s|(?:admission|discharge) diagnos[ie]s"
				+ "|discharge summary|discharge instructions|hospital course|procedures?|follow[- ]up|recommendations?)"
				+ "\\s*(?::|$)")),
			true, 256);

	/**
	 * SEC filings and financial reports: larger windows, larger still for tables, and a
	 * boundary at every "PART II" and "Item 7." of a 10-K or 10-Q.
	 */
	public static final ChunkingProfile FINANCE = new ChunkingProfile("finance", 384, 64,
			List.of(Pattern.compile("PART\\s+(?:IV|I{1,3})\\b"),
					Pattern.compile("(?:ITEM|Item)\\s+\\d{1,2}[A-Ca-c]?(?:\\s*[.:—–-]|\\s+\\p{Lu})")),
			true, 512);

	/**
	 * Contracts and statutes: a boundary at every numbered clause, section, article and
	 * §.
	 */
	public static final ChunkingProfile LEGAL = new ChunkingProfile("legal", 320, 48,
			List.of(Pattern.compile("(?i)(?:section|sec\\.)\\s+\\d+(?:\\.\\d+)*"),
					Pattern.compile("(?i)article\\s+(?:[IVXLC]+|\\d+)\\b"), Pattern.compile("§+\\s*\\d+"),
					Pattern.compile("\\d{1,3}(?:\\.\\d{1,3})*\\.?\\s+\\p{Lu}")),
			true, 384);

	private static final Map<String, ChunkingProfile> BY_NAME = Map.of(GENERAL.name(), GENERAL, MEDICAL.name(), MEDICAL,
			FINANCE.name(), FINANCE, LEGAL.name(), LEGAL);

	private static final List<String> NAMES = List.of(GENERAL.name(), MEDICAL.name(), FINANCE.name(), LEGAL.name());

	private ChunkingProfiles() {
	}

	/**
	 * The profile with this name, ignoring case.
	 * @throws IllegalArgumentException for an unknown name, listing the known ones
	 */
	public static ChunkingProfile of(String name) {
		ChunkingProfile profile = BY_NAME.get(name.strip().toLowerCase(Locale.ROOT));
		if (profile == null) {
			throw new IllegalArgumentException(
					"Unknown chunking profile '" + name + "': use one of " + String.join(", ", NAMES));
		}
		return profile;
	}

	/**
	 * Checks a profile name a user sent.
	 * @throws InvalidRequestException naming the known profiles if it is unknown
	 */
	public static void requireKnown(String name) {
		try {
			of(name);
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidRequestException(ex.getMessage());
		}
	}

	public static List<String> names() {
		return NAMES;
	}

}
