package io.cairn.core.ingest.parse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import io.cairn.core.ingest.parse.TestPdfs.Line;
import io.cairn.core.media.Box;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.within;

class PdfBoxDocumentParserTest {

	private static final byte[] REPORT = TestPdfs
		.pdf(List.of(Line.heading("Annual Clinical Report", 20), Line.heading("1 Introduction", 14),
				Line.paragraph("This report covers the clinical outcomes of the trial in detail and"),
				Line.body("summarises the main findings for the steering committee."), Line.paragraph("1.1 Background"),
				Line.paragraph("The trial enrolled adults with moderate asthma at three sites."),
				Line.paragraph("• Inhaled steroids twice daily"), Line.paragraph("• Rescue medication as needed"),
				Line.paragraph("1")),
				List.of(Line.paragraph("Enrolment continued through the second year without protocol changes."),
						Line.heading("2 Methods", 14),
						Line.paragraph("Patients were randomised in blocks of four by a central service.")),
				List.of(Line.paragraph("Figure 2. Flow of patients through the trial"),
						Line.paragraph("Outcomes were assessed by blinded reviewers.")));

	private final PdfBoxDocumentParser parser = new PdfBoxDocumentParser();

	@TempDir
	Path dir;

	@Test
	void readsPagesInOrderWithHeadingsListsAndCaptions() throws IOException {
		RecordingSink sink = parse(REPORT, ParseLimits.defaults(), 1);

		assertThat(sink.pageCounts).containsExactly(3);
		assertThat(sink.pages).containsExactly(1, 2, 3);
		assertThat(sink.ofKind(ElementKind.HEADING)).extracting(Element::text, Element::headingLevel)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("Annual Clinical Report", 1),
					org.assertj.core.groups.Tuple.tuple("1 Introduction", 1),
					org.assertj.core.groups.Tuple.tuple("1.1 Background", 2),
					org.assertj.core.groups.Tuple.tuple("2 Methods", 1));
		assertThat(sink.first(ElementKind.TEXT, "This report covers").text()).isEqualTo(
				"This report covers the clinical outcomes of the trial in detail and summarises the main findings for the steering committee.");
		assertThat(sink.texts(ElementKind.LIST_ITEM)).containsExactly("• Inhaled steroids twice daily",
				"• Rescue medication as needed");
		assertThat(sink.texts(ElementKind.CAPTION)).containsExactly("Figure 2. Flow of patients through the trial");
		assertThat(sink.elements).extracting(Element::text).noneMatch("1"::equals);
	}

	@Test
	void placesEveryElementOnItsPage() throws IOException {
		RecordingSink sink = parse(REPORT, ParseLimits.defaults(), 1);

		// The title is drawn at x = 60 pt with its baseline 110 pt below the top of an A4
		// page (595 x 842 pt) in 20 pt type.
		Box title = sink.first(ElementKind.HEADING, "Annual Clinical Report").box();
		assertThat(title).isNotNull();
		assertThat(title.x()).isCloseTo(60 / 595.0, within(0.01));
		assertThat(title.y()).isBetween(90 / 842.0, 100 / 842.0);
		assertThat(title.y() + title.height()).isBetween(110 / 842.0, 117 / 842.0);
		// A paragraph wrapped over two lines covers both.
		Box wrapped = sink.first(ElementKind.TEXT, "This report covers").box();
		assertThat(wrapped).isNotNull();
		assertThat(wrapped.height()).isGreaterThan(1.5 * 12 / 842.0);
		assertThat(sink.elements).allSatisfy((element) -> assertThat(element.box()).isNotNull());
		List<Double> tops = sink.elements.stream()
			.filter((element) -> element.page() == 1)
			.map((element) -> element.box().y())
			.toList();
		assertThat(tops).isSorted();
	}

	@Test
	void carriesTheHeadingPathAcrossPages() throws IOException {
		RecordingSink sink = parse(REPORT, ParseLimits.defaults(), 1);

		Element continued = sink.first(ElementKind.TEXT, "Enrolment continued");
		assertThat(continued.page()).isEqualTo(2);
		assertThat(continued.headingPath()).containsExactly("1 Introduction", "1.1 Background");
		assertThat(sink.first(ElementKind.TEXT, "Patients were randomised").headingPath()).containsExactly("2 Methods");
		assertThat(sink.first(ElementKind.TEXT, "Outcomes were assessed").page()).isEqualTo(3);
	}

	@Test
	void numbersElementsInReadingOrderAndTheSameWayOnResume() throws IOException {
		RecordingSink full = parse(REPORT, ParseLimits.defaults(), 1);
		RecordingSink resumed = parse(REPORT, ParseLimits.defaults(), 2);

		assertThat(full.elements).extracting(Element::ordinal)
			.containsExactlyElementsOf(java.util.stream.IntStream.range(0, full.elements.size()).boxed().toList());
		assertThat(resumed.pageCounts).containsExactly(3);
		assertThat(resumed.pages).containsExactly(2, 3);
		assertThat(resumed.elements)
			.containsExactlyElementsOf(full.elements.stream().filter((element) -> element.page() >= 2).toList());
	}

	@Test
	void rejectsAPdfThatNeedsAPassword() {
		assertRejected(TestPdfs.encrypted("user-secret"), ParseLimits.defaults(), RejectionReason.ENCRYPTED);
	}

	@Test
	void readsAPdfThatOnlyRestrictsPermissions() throws IOException {
		RecordingSink sink = parse(TestPdfs.encrypted(""), ParseLimits.defaults(), 1);

		assertThat(sink.texts(ElementKind.TEXT)).containsExactly("Secret text.");
	}

	@Test
	void rejectsCorruptBytes() {
		byte[] truncated = java.util.Arrays.copyOf(REPORT, 200);
		assertRejected(truncated, ParseLimits.defaults(), RejectionReason.CORRUPT);
		assertRejected("%PDF-1.7\nthis is not a PDF body".getBytes(), ParseLimits.defaults(), RejectionReason.CORRUPT);
	}

	@Test
	void rejectsTooManyPagesBeforeExtractingAnything() throws IOException {
		byte[] tenThousandPages = TestPdfs.emptyPages(10_000);
		Path file = write(tenThousandPages);
		RecordingSink sink = new RecordingSink();

		long started = System.nanoTime();
		assertThatExceptionOfType(DocumentRejectedException.class)
			.isThrownBy(() -> this.parser.parse(file, SupportedMediaTypes.PDF, ParseLimits.defaults(), 1, sink))
			.satisfies((ex) -> assertThat(ex.reason()).isEqualTo(RejectionReason.TOO_MANY_PAGES))
			.withMessageContaining("10000 pages")
			.withMessageContaining("2000");
		assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
		assertThat(sink.pageCounts).isEmpty();
		assertThat(sink.pages).isEmpty();
	}

	@Test
	void enforcesCharacterSizeAndTimeLimits() {
		assertRejected(REPORT, ParseLimits.defaults().withMaxCharacters(100), RejectionReason.TOO_MANY_CHARACTERS);
		assertRejected(REPORT, ParseLimits.defaults().withMaxBytes(REPORT.length - 1), RejectionReason.TOO_LARGE);
		assertRejected(REPORT, ParseLimits.defaults().withMaxParseTime(Duration.ofNanos(1)),
				RejectionReason.PARSE_TIMEOUT);
		assertRejected(new byte[0], ParseLimits.defaults(), RejectionReason.EMPTY);
	}

	@Test
	void deliversEveryPageOfAScanThenReportsThatItHasNoText() throws IOException {
		Path file = write(TestPdfs.emptyPages(2));
		RecordingSink sink = new RecordingSink();

		assertThatExceptionOfType(DocumentRejectedException.class)
			.isThrownBy(() -> this.parser.parse(file, SupportedMediaTypes.PDF, ParseLimits.defaults(), 1, sink))
			.satisfies((ex) -> assertThat(ex.reason()).isEqualTo(RejectionReason.NO_TEXT));
		assertThat(sink.pages).containsExactly(1, 2);
		assertThat(sink.elements).isEmpty();
	}

	@Test
	void joinsADoubleSpacedParagraphThatPdfboxSplitAtEveryLine() throws IOException {
		byte[] doubleSpaced = TestPdfs.pdf(List.of(Line.paragraph("The committee met twice in the spring and"),
				Line.paragraph("agreed on the protocol without changes."),
				Line.paragraph("A new paragraph starts here.")));

		RecordingSink sink = parse(doubleSpaced, ParseLimits.defaults(), 1);

		assertThat(sink.texts(ElementKind.TEXT)).containsExactly(
				"The committee met twice in the spring and agreed on the protocol without changes.",
				"A new paragraph starts here.");
	}

	@Test
	void leavesOutRunningHeadersAndFooters() throws IOException {
		List<List<Line>> pages = new java.util.ArrayList<>();
		for (int page = 1; page <= 3; page++) {
			pages.add(List.of(Line.body("ACME CONFIDENTIAL"), Line.paragraph("Body text of page " + page + "."),
					Line.paragraph("Page " + page + " of 3")));
		}
		byte[] pdf = TestPdfs.pdf(pages.get(0), pages.get(1), pages.get(2));

		RecordingSink sink = parse(pdf, ParseLimits.defaults(), 1);

		assertThat(sink.elements).extracting(Element::kind, Element::text, Element::headingPath)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(ElementKind.TEXT, "Body text of page 1.", List.of()),
					org.assertj.core.groups.Tuple.tuple(ElementKind.TEXT, "Body text of page 2.", List.of()),
					org.assertj.core.groups.Tuple.tuple(ElementKind.TEXT, "Body text of page 3.", List.of()));
	}

	private RecordingSink parse(byte[] pdf, ParseLimits limits, int firstPage) throws IOException {
		RecordingSink sink = new RecordingSink();
		this.parser.parse(write(pdf), SupportedMediaTypes.PDF, limits, firstPage, sink);
		return sink;
	}

	private void assertRejected(byte[] pdf, ParseLimits limits, RejectionReason reason) {
		assertThatExceptionOfType(DocumentRejectedException.class).isThrownBy(() -> parse(pdf, limits, 1))
			.satisfies((ex) -> assertThat(ex.reason()).isEqualTo(reason))
			.satisfies((ex) -> assertThat(ex.getMessage()).isNotBlank());
	}

	private Path write(byte[] content) throws IOException {
		return Files.write(Files.createTempFile(this.dir, "doc", ".pdf"), content);
	}

}
