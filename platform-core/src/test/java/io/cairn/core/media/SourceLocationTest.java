package io.cairn.core.media;

import java.util.List;

import io.cairn.core.ingest.parse.Element;
import io.cairn.core.ingest.parse.ElementKind;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SourceLocationTest {

	private static final Box FIRST = new Box(0.1, 0.1, 0.8, 0.05);

	private static final Box SECOND = new Box(0.1, 0.3, 0.8, 0.05);

	private static final Box OTHER_PAGE = new Box(0.1, 0.5, 0.6, 0.1);

	private static final List<Element> ELEMENTS = List.of(element(0, "The pump was replaced in June.", 1, FIRST),
			element(1, "Costs fell by twelve percent after the repair.", 1, SECOND),
			element(2, "The next inspection is due in March.", 2, OTHER_PAGE));

	private static final String CHUNK = "Maintenance\n\nThe pump was replaced in June. "
			+ "Costs fell by twelve percent after the repair. The next inspection is due in March.";

	@Test
	void aCitedSentenceKeepsOnlyItsOwnRegion() {
		SourceLocation location = SourceLocation.of(ELEMENTS, CHUNK);
		assertThat(location.regions()).hasSize(2);
		assertThat(location.parts()).hasSize(3);

		int start = CHUNK.indexOf("Costs");
		SourceLocation cited = location.narrowTo(start, start + "Costs fell by twelve percent".length());

		assertThat(cited.regions()).containsExactly(new PageRegion(1, SECOND, null));
	}

	@Test
	void aQuoteAcrossElementsKeepsTheirRegionsPerPage() {
		SourceLocation location = SourceLocation.of(ELEMENTS, CHUNK);
		int start = CHUNK.indexOf("June");
		SourceLocation cited = location.narrowTo(start, CHUNK.indexOf("March"));

		assertThat(cited.regions()).containsExactly(new PageRegion(1, FIRST.union(SECOND), null),
				new PageRegion(2, OTHER_PAGE, null));
	}

	@Test
	void aChunkThatBeginsInsideAnElementStillPlacesIt() {
		String tail = "twelve percent after the repair. The next inspection is due in March.";
		SourceLocation location = SourceLocation.of(ELEMENTS.subList(1, 3), tail);

		SourceLocation cited = location.narrowTo(0, 10);

		assertThat(cited.regions()).containsExactly(new PageRegion(1, SECOND, null));
	}

	@Test
	void withoutPartsTheWholeLocationIsCited() {
		SourceLocation whole = SourceLocation.of(ELEMENTS);
		assertThat(whole.parts()).isEmpty();
		assertThat(whole.narrowTo(0, 5)).isSameAs(whole);
		// the heading has no region of its own: nothing to narrow to
		SourceLocation located = SourceLocation.of(ELEMENTS, CHUNK);
		assertThat(located.narrowTo(0, "Maintenance".length())).isSameAs(located);
	}

	private static Element element(int ordinal, String text, int page, Box box) {
		return new Element(ordinal, ElementKind.TEXT, text, page, List.of(), 0, null, box, null, null);
	}

}
