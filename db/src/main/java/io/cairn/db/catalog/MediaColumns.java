package io.cairn.db.catalog;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;

import io.cairn.core.media.Box;
import io.cairn.core.media.TimeSpan;
import org.jspecify.annotations.Nullable;

/**
 * Boxes as {@code real[4]} (x, y, width, height) and time spans as two bigint columns.
 */
final class MediaColumns {

	private MediaColumns() {
	}

	static @Nullable Array box(Connection connection, @Nullable Box box) throws SQLException {
		return (box != null)
				? SqlArrays.floats(connection,
						new float[] { (float) box.x(), (float) box.y(), (float) box.width(), (float) box.height() })
				: null;
	}

	static @Nullable Box readBox(ResultSet rs, String column) throws SQLException {
		if (rs.getArray(column) == null) {
			return null;
		}
		float[] box = SqlArrays.readFloats(rs, column);
		// real[] rounding may push an edge a hair past 1.
		double x = Math.min(1, box[0]);
		double y = Math.min(1, box[1]);
		return new Box(x, y, Math.min(1 - x, box[2]), Math.min(1 - y, box[3]));
	}

	/** Sets {@code start_ms} at {@code index} and {@code end_ms} after it. */
	static void setTime(PreparedStatement ps, int index, @Nullable TimeSpan time) throws SQLException {
		if (time == null) {
			ps.setNull(index, Types.BIGINT);
			ps.setNull(index + 1, Types.BIGINT);
		}
		else {
			ps.setLong(index, time.startMs());
			ps.setLong(index + 1, time.endMs());
		}
	}

	static @Nullable TimeSpan readTime(ResultSet rs) throws SQLException {
		long start = rs.getLong("start_ms");
		if (rs.wasNull()) {
			return null;
		}
		return new TimeSpan(start, rs.getLong("end_ms"));
	}

}
