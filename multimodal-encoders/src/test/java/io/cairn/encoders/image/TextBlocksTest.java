package io.cairn.encoders.image;

import java.util.List;

import io.cairn.core.ingest.parse.Element;
import io.cairn.core.ingest.parse.ElementKind;
import io.cairn.core.media.RecognizedLine;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

class TextBlocksTest {

	@Test
	void closeLinesFormAParagraphAndAGapStartsTheNext() {
		List<RecognizedLine> lines = List.of(new RecognizedLine("First line", 10, 10, 200, 20, 1f),
				new RecognizedLine("goes on here", 10, 34, 180, 20, 1f),
				new RecognizedLine("New paragraph", 10, 120, 200, 20, 1f),
				new RecognizedLine("Side note", 600, 300, 100, 20, 1f),
				new RecognizedLine("far below", 10, 330, 100, 20, 1f));
		List<Element> elements = TextBlocks.elements(lines, 1000, 500, 2, 10_000, "page-2");
		assertThat(elements).extracting(Element::text)
			.containsExactly("First line goes on here", "New paragraph", "Side note", "far below");
		assertThat(elements).extracting(Element::ordinal).containsExactly(10_000, 10_001, 10_002, 10_003);
		Element first = elements.getFirst();
		assertThat(first.kind()).isEqualTo(ElementKind.IMAGE_TEXT);
		assertThat(first.page()).isEqualTo(2);
		assertThat(first.asset()).isEqualTo("page-2");
		assertThat(first.box().x()).isCloseTo(0.01, offset(1e-9));
		assertThat(first.box().height()).isCloseTo(44 / 500.0, offset(1e-9));
	}

}
