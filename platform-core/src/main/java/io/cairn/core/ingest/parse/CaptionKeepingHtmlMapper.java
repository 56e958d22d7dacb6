package io.cairn.core.ingest.parse;

import java.util.Locale;
import java.util.Set;

import org.apache.tika.parser.html.DefaultHtmlMapper;

/**
 * Tika's default HTML mapping, plus the table parts it drops ({@code caption},
 * {@code thead}) and {@code figcaption}, which the element handler needs to keep captions
 * and header rows.
 */
final class CaptionKeepingHtmlMapper extends DefaultHtmlMapper {

	private static final Set<String> KEPT = Set.of("caption", "thead", "figcaption");

	@Override
	public String mapSafeElement(String name) {
		String lower = name.toLowerCase(Locale.ROOT);
		return KEPT.contains(lower) ? lower : super.mapSafeElement(name);
	}

}
