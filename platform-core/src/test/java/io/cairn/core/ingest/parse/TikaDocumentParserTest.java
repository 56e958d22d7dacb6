package io.cairn.core.ingest.parse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;

class TikaDocumentParserTest {

	private static final String HTML = """
			<html><head><title>Not content</title></head><body>
			<h1>Handbook</h1><p>Welcome to the team.</p>
			<h2>Benefits</h2>
			<ul><li>Health insurance</li><li>Thirty days of leave</li></ul>
			<table><caption>Leave by seniority</caption>
			<tr><th>Years</th><th>Days</th></tr><tr><td>0-5</td><td>30</td></tr><tr><td>5+</td><td>33</td></tr>
			</table>
			<h2>Conduct</h2><p>Be kind.</p>
			</body></html>
			""";

	private static final String MARKDOWN = """
			# Guide

			Cairn answers questions
			from your documents.

			## Setup

			- Install Java 25
			- Run the jar

			Table 2: Ports

			| Service | Port |
			|---------|-----:|
			| web     | 8080 |
			| db      | 5432 |

			```
			# not a heading
			```
			""";

	private final TikaDocumentParser parser = new TikaDocumentParser();

	@TempDir
	Path dir;

	@Test
	void readsDocxHeadingsParagraphsAndACaptionedTable() throws IOException {
		RecordingSink sink = parse(TestOfficeFiles.docx(), SupportedMediaTypes.DOCX, ParseLimits.defaults(), 1);

		assertThat(sink.pageCounts).containsExactly(1);
		assertThat(sink.ofKind(ElementKind.HEADING)).extracting(Element::text, Element::headingLevel)
			.containsExactly(tuple("Introduction", 1), tuple("Results", 2));
		Element table = sink.ofKind(ElementKind.TABLE).getFirst();
		assertThat(table.table().caption()).isEqualTo("Table 1: Quarterly revenue");
		assertThat(table.table().rows()).containsExactly(List.of("Quarter", "Revenue", "Growth"),
				List.of("Q1", "120", "4%"), List.of("Q2", "135", "12%"));
		assertThat(table.table().headerRowCount()).isEqualTo(1);
		assertThat(table.headingPath()).containsExactly("Introduction", "Results");
		assertThat(table.text())
			.isEqualTo("Table 1: Quarterly revenue\nQuarter | Revenue | Growth\nQ1 | 120 | 4%\nQ2 | 135 | 12%");
		assertThat(sink.texts(ElementKind.TEXT))
			.containsExactly("Cairn reads Word documents. It keeps their structure.", "Revenue grew in both quarters.");
		assertThat(sink.ofKind(ElementKind.CAPTION)).isEmpty();
	}

	@Test
	void readsEachXlsxSheetAsOneTableUnderTheSheetName() throws IOException {
		RecordingSink sink = parse(TestOfficeFiles.xlsx(), SupportedMediaTypes.XLSX, ParseLimits.defaults(), 1);

		assertThat(sink.ofKind(ElementKind.TABLE)).extracting(Element::headingPath, (e) -> e.table().rows().size())
			.containsExactly(tuple(List.of("Revenue"), 3), tuple(List.of("Costs"), 2));
		assertThat(sink.ofKind(ElementKind.TABLE).getFirst().table().rows().get(2)).containsExactly("2024", "120.25");
	}

	@Test
	void makesEverySlideAPageAndResumesAtASlide() throws IOException {
		byte[] deck = TestOfficeFiles.pptx(3);
		RecordingSink sink = parse(deck, SupportedMediaTypes.PPTX, ParseLimits.defaults(), 1);
		RecordingSink resumed = parse(deck, SupportedMediaTypes.PPTX, ParseLimits.defaults(), 2);

		assertThat(sink.pageCounts).containsExactly(3);
		assertThat(sink.pages).containsExactly(1, 2, 3);
		assertThat(sink.elements).extracting(Element::page, (e) -> e.text().substring(0, 7))
			.containsExactly(tuple(1, "Slide 1"), tuple(2, "Slide 2"), tuple(3, "Slide 3"));
		assertThat(resumed.pages).containsExactly(2, 3);
		assertThat(resumed.elements).containsExactlyElementsOf(sink.elements.subList(1, 3));
		assertRejected(deck, SupportedMediaTypes.PPTX, ParseLimits.defaults().withMaxPages(2),
				RejectionReason.TOO_MANY_PAGES);
	}

	@Test
	void readsHtmlHeadingsListsAndTablesWithCaptionAndHeaderCells() throws IOException {
		RecordingSink sink = parse(HTML.getBytes(StandardCharsets.UTF_8), SupportedMediaTypes.HTML,
				ParseLimits.defaults(), 1);

		assertThat(sink.elements).extracting(Element::kind, Element::text)
			.startsWith(tuple(ElementKind.HEADING, "Handbook"), tuple(ElementKind.TEXT, "Welcome to the team."),
					tuple(ElementKind.HEADING, "Benefits"), tuple(ElementKind.LIST_ITEM, "Health insurance"),
					tuple(ElementKind.LIST_ITEM, "Thirty days of leave"));
		Table table = sink.ofKind(ElementKind.TABLE).getFirst().table();
		assertThat(table.caption()).isEqualTo("Leave by seniority");
		assertThat(table.rows()).containsExactly(List.of("Years", "Days"), List.of("0-5", "30"), List.of("5+", "33"));
		assertThat(sink.first(ElementKind.TEXT, "Be kind").headingPath()).containsExactly("Handbook", "Conduct");
		assertThat(sink.elements).extracting(Element::text).noneMatch((text) -> text.contains("Not content"));
	}

	@Test
	void readsMarkdownHeadingsListsAndPipeTables() throws IOException {
		RecordingSink sink = parse(MARKDOWN.getBytes(StandardCharsets.UTF_8), SupportedMediaTypes.MARKDOWN,
				ParseLimits.defaults(), 1);

		assertThat(sink.ofKind(ElementKind.HEADING)).extracting(Element::text, Element::headingLevel)
			.containsExactly(tuple("Guide", 1), tuple("Setup", 2));
		assertThat(sink.texts(ElementKind.TEXT)).startsWith("Cairn answers questions from your documents.");
		assertThat(sink.texts(ElementKind.LIST_ITEM)).containsExactly("Install Java 25", "Run the jar");
		Element table = sink.ofKind(ElementKind.TABLE).getFirst();
		assertThat(table.table()).isEqualTo(new Table("Table 2: Ports",
				List.of(List.of("Service", "Port"), List.of("web", "8080"), List.of("db", "5432")), 1));
		assertThat(table.headingPath()).containsExactly("Guide", "Setup");
		assertThat(sink.texts(ElementKind.TEXT)).contains("# not a heading");
	}

	@Test
	void readsChinesePlainText() throws IOException {
		String text = "第一章 总则\n\n本办法适用于全体员工。员工应当遵守\n本办法的规定！\n\n第二章 假期\n\n年假为十五天。";
		RecordingSink sink = parse(text.getBytes(StandardCharsets.UTF_8), SupportedMediaTypes.TEXT,
				ParseLimits.defaults(), 1);

		assertThat(sink.elements).extracting(Element::kind, Element::text, Element::headingPath)
			.containsExactly(tuple(ElementKind.HEADING, "第一章 总则", List.of("第一章 总则")),
					tuple(ElementKind.TEXT, "本办法适用于全体员工。员工应当遵守本办法的规定！", List.of("第一章 总则")),
					tuple(ElementKind.HEADING, "第二章 假期", List.of("第二章 假期")),
					tuple(ElementKind.TEXT, "年假为十五天。", List.of("第二章 假期")));
	}

	@Test
	void readsTextInLegacyEncodings() throws IOException {
		String text = "Les élèves étudient à l'école. Ça marche très bien, même en été.";
		RecordingSink sink = parse(text.getBytes(StandardCharsets.ISO_8859_1), SupportedMediaTypes.TEXT,
				ParseLimits.defaults(), 1);

		assertThat(sink.texts(ElementKind.TEXT)).containsExactly(text);
	}

	@Test
	void rejectsAZipBombBeforeParsingIt() {
		byte[] bomb = TestOfficeFiles.docxBomb(20 * 1024 * 1024);

		assertThat(bomb.length).isLessThan(100_000);
		assertThatExceptionOfType(DocumentRejectedException.class)
			.isThrownBy(() -> parse(bomb, SupportedMediaTypes.DOCX, ParseLimits.defaults(), 1))
			.satisfies((ex) -> assertThat(ex.reason()).isEqualTo(RejectionReason.ARCHIVE_BOMB))
			.withMessageContaining("times its size");
	}

	@Test
	void rejectsAnArchiveThatExpandsOverTheAbsoluteLimit() {
		ParseLimits limits = ParseLimits.defaults().withMaxExpansion(1_000_000, 1024);

		assertRejected(TestOfficeFiles.docx(), SupportedMediaTypes.DOCX, limits, RejectionReason.ARCHIVE_BOMB);
	}

	@Test
	void rejectsEncryptedCorruptEmptyAndOversizedFiles() {
		assertRejected(TestOfficeFiles.encryptedDocx("secret"), SupportedMediaTypes.DOCX, ParseLimits.defaults(),
				RejectionReason.ENCRYPTED);
		assertRejected("PK\u0003\u0004 but not really a zip".getBytes(StandardCharsets.ISO_8859_1),
				SupportedMediaTypes.DOCX, ParseLimits.defaults(), RejectionReason.CORRUPT);
		assertRejected(TestOfficeFiles.zipOfZeros("hello.txt", 10), SupportedMediaTypes.DOCX, ParseLimits.defaults(),
				RejectionReason.CORRUPT);
		assertRejected(new byte[0], SupportedMediaTypes.TEXT, ParseLimits.defaults(), RejectionReason.EMPTY);
		assertRejected(" \n\n \t".getBytes(StandardCharsets.UTF_8), SupportedMediaTypes.TEXT, ParseLimits.defaults(),
				RejectionReason.NO_TEXT);
		assertRejected(HTML.getBytes(StandardCharsets.UTF_8), SupportedMediaTypes.HTML,
				ParseLimits.defaults().withMaxBytes(100), RejectionReason.TOO_LARGE);
	}

	@Test
	void enforcesTheCharacterAndTimeLimits() {
		assertRejected(TestOfficeFiles.docx(), SupportedMediaTypes.DOCX, ParseLimits.defaults().withMaxCharacters(40),
				RejectionReason.TOO_MANY_CHARACTERS);
		assertRejected(MARKDOWN.getBytes(StandardCharsets.UTF_8), SupportedMediaTypes.MARKDOWN,
				ParseLimits.defaults().withMaxCharacters(40), RejectionReason.TOO_MANY_CHARACTERS);
		assertRejected(TestOfficeFiles.xlsx(), SupportedMediaTypes.XLSX,
				ParseLimits.defaults().withMaxParseTime(Duration.ofNanos(1)), RejectionReason.PARSE_TIMEOUT);
	}

	@Test
	void acceptsAStreamAsWellAsAFile() {
		RecordingSink sink = new RecordingSink();
		this.parser.parse(new java.io.ByteArrayInputStream(MARKDOWN.getBytes(StandardCharsets.UTF_8)),
				SupportedMediaTypes.MARKDOWN, ParseLimits.defaults(), 1, sink);

		assertThat(sink.ofKind(ElementKind.TABLE)).hasSize(1);
		assertThatExceptionOfType(DocumentRejectedException.class)
			.isThrownBy(() -> this.parser.parse(
					new java.io.ByteArrayInputStream(MARKDOWN.getBytes(StandardCharsets.UTF_8)),
					SupportedMediaTypes.MARKDOWN, ParseLimits.defaults().withMaxBytes(10), 1, new RecordingSink()))
			.satisfies((ex) -> assertThat(ex.reason()).isEqualTo(RejectionReason.TOO_LARGE));
	}

	private RecordingSink parse(byte[] content, String mediaType, ParseLimits limits, int firstPage)
			throws IOException {
		RecordingSink sink = new RecordingSink();
		Path file = Files.write(Files.createTempFile(this.dir, "doc", ".bin"), content);
		this.parser.parse(file, mediaType, limits, firstPage, sink);
		return sink;
	}

	private void assertRejected(byte[] content, String mediaType, ParseLimits limits, RejectionReason reason) {
		assertThatExceptionOfType(DocumentRejectedException.class)
			.isThrownBy(() -> parse(content, mediaType, limits, 1))
			.satisfies((ex) -> assertThat(ex.reason()).as(ex.getMessage()).isEqualTo(reason));
	}

}
