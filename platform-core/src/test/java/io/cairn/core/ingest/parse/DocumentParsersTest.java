package io.cairn.core.ingest.parse;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class DocumentParsersTest {

	private final DocumentParsers parsers = DocumentParsers.defaults();

	@Test
	void choosesAParserForEverySupportedType() {
		assertThat(this.parsers.forMediaType(SupportedMediaTypes.PDF)).isInstanceOf(PdfBoxDocumentParser.class);
		for (String type : SupportedMediaTypes.ALL) {
			if (SupportedMediaTypes.IMAGES.contains(type) || SupportedMediaTypes.VIDEO.contains(type)
					|| SupportedMediaTypes.AUDIO.contains(type)) {
				continue; // the image, video and audio parsers live in
							// multimodal-encoders
			}
			assertThat(this.parsers.forMediaType(type).supports(type)).as(type).isTrue();
		}
	}

	@Test
	void rejectsAnUnsupportedType() {
		assertThat(this.parsers.supports("image/gif")).isFalse();
		assertThatExceptionOfType(DocumentRejectedException.class)
			.isThrownBy(() -> this.parsers.forMediaType("image/gif"))
			.satisfies((ex) -> assertThat(ex.reason()).isEqualTo(RejectionReason.UNSUPPORTED_MEDIA_TYPE))
			.withMessageContaining("image/gif")
			.withMessageContaining(SupportedMediaTypes.DOCX);
	}

	@Test
	void tableTextHasOneLinePerRowAndTheCaptionFirst() {
		Table table = new Table("Doses",
				java.util.List.of(java.util.List.of("Drug", "Dose"), java.util.List.of("Aspirin", "100\nmg")), 1);

		assertThat(table.toText()).isEqualTo("Doses\nDrug | Dose\nAspirin | 100 mg");
		assertThat(table.headerRows()).containsExactly(java.util.List.of("Drug", "Dose"));
		assertThat(table.bodyRows()).containsExactly(java.util.List.of("Aspirin", "100\nmg"));
		assertThat(RejectionReason.TOO_MANY_PAGES.code()).isEqualTo("too-many-pages");
	}

}
