package io.cairn.core.answer.schema;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import io.cairn.core.chunking.ChunkContentKind;
import io.cairn.core.ingest.StoredChunk;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

class TypedReadersTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			1,496.5        | 1496.5   | false | UNKNOWN
			(12.3)         | -12.3    | false | UNKNOWN
			$ 1,200        | 1200     | false | UNKNOWN
			-4.5%          | -4.5     | true  | UNKNOWN
			12.5 percent   | 12.5     | true  | UNKNOWN
			$1.5 billion   | 1.5      | false | BILLION
			€300m          | 300      | false | MILLION
			−7             | -7       | false | UNKNOWN
			""")
	void readsNumbersAsReportsWriteThem(String text, String value, boolean percent, Scale scale) {
		Numbers.Found found = Numbers.parse(text);

		assertThat(found).isNotNull();
		assertThat(found.value()).isEqualByComparingTo(new BigDecimal(value));
		assertThat(found.percent()).isEqualTo(percent);
		assertThat(found.scale()).isEqualTo(scale);
	}

	@Test
	void findsNumbersWithTheirSpansAndTellsYearsApart() {
		String text = "In fiscal 2019 revenue was $1,496.5 million, up 13% from FY2018.";
		List<Numbers.Found> found = Numbers.find(text);

		assertThat(found).extracting((number) -> text.substring(number.start(), number.end()))
			.containsExactly("2019", "$1,496.5 million", "13%");
		assertThat(found.getFirst().yearLike()).isTrue();
		assertThat(found.get(1).yearLike()).isFalse();
		assertThat(Numbers.parse("n/a")).isNull();
		assertThat(Numbers.parse("12 apples")).isNull();
	}

	@Test
	void convertsScaleOnlyWhenTheFieldAsksAndTheSourceStatesIt() {
		assertThat(Scale.stated("Consolidated results (in millions, except per share data)")).isEqualTo(Scale.MILLION);
		assertThat(Scale.stated("($ in thousands)")).isEqualTo(Scale.THOUSAND);
		assertThat(Scale.requested("Revenue in thousands of dollars")).isEqualTo(Scale.THOUSAND);
		assertThat(Scale.requested("Revenue in absolute dollars")).isEqualTo(Scale.ONE);
		assertThat(Scale.requested("Total revenue")).isEqualTo(Scale.UNKNOWN);
		assertThat(NumberReader.convert(new BigDecimal("1496.5"), Scale.MILLION, Scale.THOUSAND))
			.isEqualByComparingTo("1496500");
		assertThat(NumberReader.convert(new BigDecimal("1496.5"), Scale.MILLION, Scale.UNKNOWN))
			.isEqualByComparingTo("1496.5");
		assertThat(NumberReader.convert(new BigDecimal("1496.5"), Scale.UNKNOWN, Scale.ONE))
			.isEqualByComparingTo("1496.5");
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			The fiscal year ended September 30, 2019.   | 2019-09-30
			Year ended 30 Sept 2019                     | 2019-09-30
			as of 2019-09-30                            | 2019-09-30
			on Sept. 30 2019                            | 2019-09-30
			on the 30th of September, 2019              | 2019-09-30
			dated 09/30/2019                            | 2019-09-30
			dated 30/09/2019                            | 2019-09-30
			am 30.09.2019                               | 2019-09-30
			截至2019年9月30日                            | 2019-09-30
			""")
	void readsDatesInManyFormats(String text, String iso) {
		assertThat(Dates.find(text)).extracting(Dates.Found::date).containsExactly(LocalDate.parse(iso));
	}

	@Test
	void aYearAloneOrAnImpossibleDayIsNotADate() {
		assertThat(Dates.find("Results for FY2019 and 2018")).isEmpty();
		assertThat(Dates.find("February 30, 2019")).isEmpty();
		assertThat(Dates.findDateTimes("filed 2019-11-15T10:00:00Z")).containsExactly("2019-11-15T10:00Z");
	}

	@Test
	void readsNumbersFromSentencesNearTheField() {
		SchemaNode revenue = field("{\"type\": \"number\", \"description\": \"Total revenue\"}");
		SchemaNode employees = field("{\"type\": \"integer\"}");
		SchemaNode margin = field("{\"type\": \"number\"}");
		Passage sentence = sentence(
				"In fiscal 2019 we had 12,400 employees, revenue was $1,496.5 million and the gross margin was 41.2%.");

		assertThat(read("revenue", revenue, sentence)).hasToString("1496.5");
		assertThat(read("employees", employees, sentence)).hasToString("12400");
		assertThat(read("grossMargin", margin, sentence)).hasToString("41.2");
	}

	@Test
	void readsTheTableColumnOfTheRequestedPeriodAndConvertsOnRequest() {
		StoredChunk table = chunk("Income statement\n(in millions)\nItem | 2018 | 2019\nRevenue | 1,320.2 | 1,496.5\n"
				+ "Net loss | (12.0) | (3.5)", ChunkContentKind.TABLE);
		List<Passage> rows = Passages.of(table, 1);
		SchemaNode in2019 = field("{\"type\": \"number\", \"description\": \"Revenue for 2019\"}");
		SchemaNode inThousands = field("{\"type\": \"number\", \"description\": \"Revenue in thousands\"}");

		assertThat(rows).hasSize(2);
		assertThat(rows.getFirst().text()).isEqualTo("Revenue | 1,320.2 | 1,496.5");
		assertThat(read("revenue", in2019, rows.getFirst())).hasToString("1496.5");
		assertThat(read("revenue", inThousands, rows.getFirst())).hasToString("1320200");
		assertThat(read("netLoss", field("{\"type\": \"number\"}"), rows.get(1))).hasToString("-12");
	}

	@Test
	void readsEnumsBySimilarity() {
		SchemaNode rating = field("{\"enum\": [\"low\", \"medium\", \"high\"]}");
		SchemaNode currency = field("{\"type\": \"string\", \"enum\": [\"US dollar\", \"Euro\"]}");

		assertThat(read("riskLevel", rating, sentence("The overall risk level is HIGH, up from medium last year.")))
			.hasToString("\"high\"");
		assertThat(read("currency", currency, sentence("All amounts are stated in US dollars.")))
			.hasToString("\"US dollar\"");
		assertThat(read("riskLevel", rating, sentence("The risk level was not assessed."))).isNull();
	}

	@Test
	void readsBooleansFromNegationCuesAndYesNoCells() {
		SchemaNode flag = field("{\"type\": \"boolean\"}");

		assertThat(read("hasGoingConcernWarning", flag,
				sentence("The auditor raised substantial doubt and a going concern warning.")))
			.hasToString("true");
		assertThat(read("hasGoingConcernWarning", flag,
				sentence("The auditor's report contains no going concern warning.")))
			.hasToString("false");
		Passage row = Passages.of(chunk("Question | Answer\nAudited | Yes", ChunkContentKind.TABLE), 1).getFirst();
		assertThat(read("audited", flag, row)).hasToString("true");
	}

	@Test
	void readsStringsAsTheShortPhraseAfterTheField() {
		SchemaNode text = field("{\"type\": \"string\"}");
		SchemaNode date = field("{\"type\": \"string\", \"format\": \"date\"}");

		assertThat(read("auditor", text, sentence("Our auditor is Ernst & Young LLP, Boston.")))
			.hasToString("\"Ernst & Young LLP\"");
		assertThat(read("fiscalYearEnd", date, sentence("Our fiscal year end was September 30, 2019.")))
			.hasToString("\"2019-09-30\"");
	}

	@Test
	void splitsFieldNamesIntoWords() {
		assertThat(Words.split("netIncome_2019")).containsExactly("net", "income", "2019");
		assertThat(Words.split("totalSales2019")).containsExactly("total", "sales", "2019");
		assertThat(Words.spoken("HTTPStatusCode")).isEqualTo("http status code");
		assertThat(Words.terms("hasGoingConcernWarnings")).containsExactly("going", "concern", "warning");
	}

	private static JsonNode read(String name, SchemaNode field, Passage passage) {
		return LeafReader.read(field, FieldTerms.of(name, field, List.of(), ""), passage);
	}

	private static SchemaNode field(String json) {
		return new SchemaNode(JSON.readTree(json));
	}

	private static Passage sentence(String text) {
		return Passages.of(chunk(text, ChunkContentKind.TEXT), 1).getFirst();
	}

	static StoredChunk chunk(String text, ChunkContentKind kind) {
		return new StoredChunk("c-" + text.hashCode(), 7L, 1L, 0, text, 10, 3, 3, List.of("Report"), kind, Map.of(),
				new float[0]);
	}

}
