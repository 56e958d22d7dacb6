package io.cairn.db.catalog;

import java.util.List;
import java.util.Map;

import io.cairn.core.answer.Citation;
import io.cairn.core.ingest.parse.Table;
import io.cairn.core.media.SourceLocation;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The jsonb columns: string maps (metadata), tables and citations. */
final class Json {

	private static final JsonMapper mapper = JsonMapper.builder().build();

	private static final TypeReference<Map<String, String>> STRING_MAP = new TypeReference<>() {
	};

	private static final TypeReference<List<Citation>> CITATIONS = new TypeReference<>() {
	};

	private Json() {
	}

	static String write(Map<String, String> map) {
		return mapper.writeValueAsString(map);
	}

	static Map<String, String> readMap(@Nullable String json) {
		return (json != null) ? Map.copyOf(mapper.readValue(json, STRING_MAP)) : Map.of();
	}

	static @Nullable String write(@Nullable Table table) {
		return (table != null)
				? mapper.writeValueAsString(new TableJson(table.caption(), table.rows(), table.headerRowCount()))
				: null;
	}

	static @Nullable Table readTable(@Nullable String json) {
		if (json == null) {
			return null;
		}
		TableJson table = mapper.readValue(json, TableJson.class);
		return new Table(table.caption(), table.rows(), table.headerRowCount());
	}

	/** Null for none, so that messages without citations store nothing. */
	static @Nullable String writeCitations(List<Citation> citations) {
		return citations.isEmpty() ? null : mapper.writeValueAsString(citations);
	}

	static List<Citation> readCitations(@Nullable String json) {
		return (json != null) ? List.copyOf(mapper.readValue(json, CITATIONS)) : List.of();
	}

	static String write(SourceLocation location) {
		return !location.known() ? "{}" : mapper.writeValueAsString(location);
	}

	static SourceLocation readLocation(@Nullable String json) {
		if (json == null || json.equals("{}")) {
			return SourceLocation.NONE;
		}
		SourceLocation location = mapper.readValue(json, SourceLocation.class);
		return (location.regions() == null) ? new SourceLocation(List.of(), location.time()) : location;
	}

	/** Stored shape of a table, decoupled from the domain record. */
	record TableJson(@Nullable String caption, List<List<String>> rows, int headerRowCount) {
	}

}
