package io.cairn.db.catalog;

import java.sql.Array;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/**
 * PostgreSQL arrays: {@code text[]} heading paths, {@code real[]} embeddings and
 * {@code bigint[]} ids.
 */
final class SqlArrays {

	private SqlArrays() {
	}

	static Array texts(Connection connection, List<String> values) throws SQLException {
		return connection.createArrayOf("text", values.toArray(String[]::new));
	}

	static Array floats(Connection connection, float[] values) throws SQLException {
		Float[] boxed = new Float[values.length];
		for (int i = 0; i < values.length; i++) {
			boxed[i] = values[i];
		}
		return connection.createArrayOf("float4", boxed);
	}

	static List<String> readTexts(ResultSet rs, String column) throws SQLException {
		return readObjects(rs, column);
	}

	static List<Long> readLongs(ResultSet rs, String column) throws SQLException {
		return readObjects(rs, column);
	}

	/** An array of a type the driver maps to objects (text, bigint) as a list. */
	@SuppressWarnings("unchecked")
	private static <T> List<T> readObjects(ResultSet rs, String column) throws SQLException {
		Array array = rs.getArray(column);
		if (array == null) {
			return List.of();
		}
		try {
			return List.of((T[]) array.getArray());
		}
		finally {
			array.free();
		}
	}

	static float[] readFloats(ResultSet rs, String column) throws SQLException {
		Array array = rs.getArray(column);
		if (array == null) {
			return new float[0];
		}
		try {
			Object[] values = (Object[]) array.getArray();
			float[] result = new float[values.length];
			for (int i = 0; i < values.length; i++) {
				result[i] = ((Number) values[i]).floatValue();
			}
			return result;
		}
		finally {
			array.free();
		}
	}

}
