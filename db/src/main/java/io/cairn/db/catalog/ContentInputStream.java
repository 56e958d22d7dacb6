package io.cairn.db.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.util.Objects;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Reads a document's bytes slice by slice ({@code substring} on uncompressed TOAST
 * fetches only the slices asked for), so a large file is never held in memory whole and
 * no connection stays open while the caller works.
 */
final class ContentInputStream extends InputStream {

	static final int SLICE = 1 << 20;

	private final JdbcClient jdbc;

	private final long documentId;

	private final long length;

	private byte[] slice = new byte[0];

	private int sliceOffset;

	private long position;

	ContentInputStream(JdbcClient jdbc, long documentId, long length) {
		this.jdbc = jdbc;
		this.documentId = documentId;
		this.length = length;
	}

	@Override
	public int read() throws IOException {
		byte[] one = new byte[1];
		return (read(one, 0, 1) < 0) ? -1 : (one[0] & 0xff);
	}

	@Override
	public int read(byte[] buffer, int offset, int count) throws IOException {
		Objects.checkFromIndexSize(offset, count, buffer.length);
		if (count == 0) {
			return 0;
		}
		if (this.sliceOffset == this.slice.length && !fetch()) {
			return -1;
		}
		int n = Math.min(count, this.slice.length - this.sliceOffset);
		System.arraycopy(this.slice, this.sliceOffset, buffer, offset, n);
		this.sliceOffset += n;
		return n;
	}

	@Override
	public int available() {
		return this.slice.length - this.sliceOffset;
	}

	private boolean fetch() throws IOException {
		if (this.position >= this.length) {
			return false;
		}
		int size = (int) Math.min(SLICE, this.length - this.position);
		byte[] next = this.jdbc.sql("SELECT substring(bytes FROM ? FOR ?) FROM document_content WHERE document_id = ?")
			.params((int) this.position + 1, size, this.documentId)
			.query(byte[].class)
			.optional()
			.orElse(null);
		if (next == null || next.length != size) {
			throw new IOException("The content of document " + this.documentId + " changed or was deleted while "
					+ "it was being read");
		}
		this.slice = next;
		this.sliceOffset = 0;
		this.position += size;
		return true;
	}

}
