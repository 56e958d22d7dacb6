package io.cairn.encoders.video;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.cairn.core.media.TimeSpan;

/**
 * Reads SubRip ({@code .srt}) and WebVTT ({@code .vtt}) subtitles. Both are blocks of a
 * timing line {@code start --> end} followed by text lines; cue numbers, the
 * {@code WEBVTT} header, {@code NOTE} and {@code STYLE} blocks have no timing line and
 * are skipped, as are blocks whose timing line does not parse.
 */
public final class SubtitleFiles {

	/** {@code 00:01:02,500}, {@code 00:01:02.500} or WebVTT's short {@code 01:02.500}. */
	private static final String TIME = "(?:(\\d+):)?(\\d{1,2}):(\\d{2})[,.](\\d{1,3})";

	private static final Pattern TIMING = Pattern.compile("^\\s*" + TIME + "\\s*-->\\s*" + TIME + ".*$");

	/**
	 * HTML-like tags ({@code <i>}, {@code <c.red>}) and SSA overrides ({@code {\an8}}).
	 */
	private static final Pattern MARKUP = Pattern.compile("<[^>]*>|\\{\\\\[^}]*}");

	private SubtitleFiles() {
	}

	public static List<SubtitleCue> parse(String content) {
		List<SubtitleCue> cues = new ArrayList<>();
		String[] lines = content.replace("\uFEFF", "").split("\\r?\\n|\\r");
		int i = 0;
		while (i < lines.length) {
			Matcher timing = TIMING.matcher(lines[i]);
			i++;
			if (!timing.matches()) {
				continue;
			}
			StringBuilder text = new StringBuilder();
			while (i < lines.length && !lines[i].isBlank()) {
				String line = MARKUP.matcher(lines[i]).replaceAll("").strip();
				if (!line.isEmpty()) {
					text.append(text.isEmpty() ? "" : " ").append(line);
				}
				i++;
			}
			long start = millis(timing, 1);
			long end = millis(timing, 5);
			if (!text.isEmpty() && end >= start) {
				cues.add(new SubtitleCue(new TimeSpan(start, end), text.toString()));
			}
		}
		cues.sort((a, b) -> Long.compare(a.span().startMs(), b.span().startMs()));
		return cues;
	}

	private static long millis(Matcher matcher, int group) {
		String hours = matcher.group(group);
		String fraction = matcher.group(group + 3);
		long ms = Long.parseLong(fraction) * (long) Math.pow(10, 3 - fraction.length());
		return ((hours == null ? 0 : Long.parseLong(hours)) * 3600 + Long.parseLong(matcher.group(group + 1)) * 60
				+ Long.parseLong(matcher.group(group + 2))) * 1000 + ms;
	}

}
