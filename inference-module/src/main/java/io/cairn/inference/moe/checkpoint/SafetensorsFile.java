package io.cairn.inference.moe.checkpoint;

import java.io.IOException;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One memory-mapped {@code .safetensors} file: an 8-byte little-endian header length, a
 * JSON header naming each tensor's dtype, shape and byte range, then the data. The header
 * is checked against the file size on open, so a truncated download fails here, not in
 * the middle of a forward pass.
 */
public final class SafetensorsFile implements AutoCloseable {

	private static final long MAX_HEADER_BYTES = 100L * 1024 * 1024;

	private final Path path;

	private final Arena arena;

	private final MemorySegment data;

	private final Map<String, TensorInfo> tensors;

	private SafetensorsFile(Path path, Arena arena, MemorySegment data, Map<String, TensorInfo> tensors) {
		this.path = path;
		this.arena = arena;
		this.data = data;
		this.tensors = tensors;
	}

	/** Where a tensor lies in the file. */
	public record TensorInfo(String name, DType dtype, long[] shape, long begin, long end) {

		long elements() {
			long n = 1;
			for (long d : this.shape) {
				n *= d;
			}
			return n;
		}

	}

	/**
	 * Opens and validates a file.
	 * @param path the file
	 * @return the open file; the caller closes it
	 * @throws CheckpointException if the file is missing, truncated or malformed
	 */
	public static SafetensorsFile open(Path path) {
		Arena arena = Arena.ofShared();
		try (FileChannel channel = FileChannel.open(path, StandardOpenOption.READ)) {
			long size = channel.size();
			if (size < 8) {
				throw new CheckpointException(path + " is truncated: " + size + " bytes, no safetensors header");
			}
			MemorySegment all = channel.map(FileChannel.MapMode.READ_ONLY, 0, size, arena);
			long headerLength = all.get(ValueLayout.JAVA_LONG_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN), 0);
			if (headerLength <= 0 || headerLength > MAX_HEADER_BYTES || 8 + headerLength > size) {
				throw new CheckpointException(path + " is truncated or not a safetensors file: header length "
						+ headerLength + ", file size " + size);
			}
			byte[] header = all.asSlice(8, headerLength).toArray(ValueLayout.JAVA_BYTE);
			MemorySegment data = all.asSlice(8 + headerLength);
			Map<String, TensorInfo> tensors = parseHeader(path, new String(header, StandardCharsets.UTF_8),
					data.byteSize());
			return new SafetensorsFile(path, arena, data, tensors);
		}
		catch (IOException ex) {
			arena.close();
			throw new CheckpointException("Cannot read safetensors file " + path + ": " + ex, ex);
		}
		catch (RuntimeException ex) {
			arena.close();
			throw ex;
		}
	}

	private static Map<String, TensorInfo> parseHeader(Path path, String json, long dataBytes) {
		JsonNode root;
		try {
			root = JsonMapper.shared().readTree(json);
		}
		catch (RuntimeException ex) {
			throw new CheckpointException(path + " has a malformed safetensors header: " + ex.getMessage(), ex);
		}
		Map<String, TensorInfo> tensors = new LinkedHashMap<>();
		for (Map.Entry<String, JsonNode> entry : root.properties()) {
			if (entry.getKey().equals("__metadata__")) {
				continue;
			}
			JsonNode node = entry.getValue();
			String name = entry.getKey();
			DType dtype = DType.parse(node.path("dtype").asString(), name);
			List<Long> dims = new ArrayList<>();
			node.path("shape").forEach((d) -> dims.add(d.asLong()));
			long[] shape = dims.stream().mapToLong(Long::longValue).toArray();
			long begin = node.path("data_offsets").path(0).asLong(-1);
			long end = node.path("data_offsets").path(1).asLong(-1);
			TensorInfo info = new TensorInfo(name, dtype, shape, begin, end);
			if (begin < 0 || end < begin || end - begin != info.elements() * dtype.bytes()) {
				throw new CheckpointException(path + ": tensor " + name + " has data offsets [" + begin + ", " + end
						+ "] that do not fit its shape " + java.util.Arrays.toString(shape) + " and dtype " + dtype);
			}
			if (end > dataBytes) {
				throw new CheckpointException(path + " is truncated: tensor " + name + " ends at byte " + end
						+ " of the data section, which holds only " + dataBytes + " bytes");
			}
			tensors.put(name, info);
		}
		return tensors;
	}

	/** The file this was opened from. */
	public Path path() {
		return this.path;
	}

	/** The tensors in header order. */
	public Map<String, TensorInfo> tensors() {
		return this.tensors;
	}

	/**
	 * Reads rows of a tensor seen as a matrix of {@code shape[0..n-2]} rows by
	 * {@code shape[n-1]} columns, as float32.
	 */
	public float[] readRows(String name, long firstRow, int rows) {
		TensorInfo info = this.tensors.get(name);
		if (info == null) {
			throw new CheckpointException(this.path + " has no tensor " + name);
		}
		long columns = (info.shape().length == 0) ? 1 : info.shape()[info.shape().length - 1];
		long count = columns * rows;
		if (count > Integer.MAX_VALUE - 8) {
			throw new CheckpointException("Tensor " + name + " slice is too large to load: " + count + " elements");
		}
		float[] out = new float[(int) count];
		info.dtype().read(this.data, info.begin() + firstRow * columns * info.dtype().bytes(), out, 0, (int) count);
		return out;
	}

	@Override
	public void close() {
		this.arena.close();
	}

}
