package io.cairn.core.chunking;

import java.util.ArrayList;
import java.util.List;

import io.cairn.core.ingest.parse.Element;
import io.cairn.core.ingest.parse.ElementKind;
import io.cairn.core.media.TimeSpan;
import org.jspecify.annotations.Nullable;

/**
 * A stretch of a document that no chunk may cross: it starts at a heading, at a change of
 * heading path, at a new time segment of a recording, or at a line that the profile's
 * section patterns match.
 *
 * @param headingPath the titles of the section and the sections around it
 * @param heading the heading element that opened the section, if one did
 * @param pieces the section's content in reading order
 */
record Section(List<String> headingPath, @Nullable Element heading, List<SectionPiece> pieces) {

	/** Cuts elements into sections. */
	static List<Section> of(List<Element> elements, ChunkingProfile profile) {
		List<Section> sections = new ArrayList<>();
		Section current = new Section(List.of(), null, new ArrayList<>());
		@Nullable TimeSpan segment = null;
		for (Element element : elements) {
			if (element.kind() == ElementKind.HEADING) {
				sections.add(current);
				current = new Section(element.headingPath(), element, new ArrayList<>());
				segment = null;
				continue;
			}
			// A recording's segments (scenes, subtitle windows) are cited by their time,
			// so a
			// chunk never spans two of them.
			boolean newSegment = element.time() != null && !element.time().equals(segment);
			segment = element.time();
			if (!element.headingPath().equals(current.headingPath()) || (newSegment && !current.pieces().isEmpty())) {
				sections.add(current);
				current = new Section(element.headingPath(), null, new ArrayList<>());
			}
			if (element.kind() == ElementKind.TABLE) {
				current.pieces()
					.add(new SectionPiece(element.kind(), element.text(), element.ordinal(), element.page(),
							element.table()));
				continue;
			}
			StringBuilder part = new StringBuilder();
			for (String line : element.text().split("\\R")) {
				if (profile.startsSection(line) && (!current.pieces().isEmpty() || !part.isEmpty())) {
					addText(current, element, part);
					sections.add(current);
					current = new Section(element.headingPath(), null, new ArrayList<>());
				}
				part.append(part.isEmpty() ? "" : "\n").append(line);
			}
			addText(current, element, part);
		}
		sections.add(current);
		return sections.stream().filter((section) -> section.heading() != null || !section.pieces().isEmpty()).toList();
	}

	private static void addText(Section section, Element element, StringBuilder part) {
		if (!part.toString().isBlank()) {
			section.pieces()
				.add(new SectionPiece(element.kind(), part.toString().strip(), element.ordinal(), element.page(),
						null));
		}
		part.setLength(0);
	}

	/**
	 * Whether {@code next} is a subsection of this one, so that this heading appears in
	 * its chunks' path.
	 */
	boolean isAncestorOf(Section next) {
		return next.headingPath().size() > this.headingPath.size()
				&& next.headingPath().subList(0, this.headingPath.size()).equals(this.headingPath);
	}

}
