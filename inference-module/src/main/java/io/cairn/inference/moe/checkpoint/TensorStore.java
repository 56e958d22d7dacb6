package io.cairn.inference.moe.checkpoint;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * All tensors of a checkpoint directory: one {@code model.safetensors}, shards listed in
 * {@code model.safetensors.index.json}, or every {@code *.safetensors} file there.
 */
public final class TensorStore implements AutoCloseable {

	static final String INDEX = "model.safetensors.index.json";

	private final List<SafetensorsFile> files;

	private final Map<String, SafetensorsFile> byTensor;

	private TensorStore(List<SafetensorsFile> files, Map<String, SafetensorsFile> byTensor) {
		this.files = files;
		this.byTensor = byTensor;
	}

	/**
	 * Opens the weights of a checkpoint directory.
	 * @throws CheckpointException when no weights are there, a shard named by the index
	 * is missing, or a file is truncated
	 */
	public static TensorStore open(Path directory) {
		Path index = directory.resolve(INDEX);
		List<SafetensorsFile> files = new ArrayList<>();
		Map<String, SafetensorsFile> byTensor = new LinkedHashMap<>();
		try {
			if (Files.isRegularFile(index)) {
				openIndexed(directory, index, files, byTensor);
			}
			else {
				for (Path path : safetensorsFiles(directory)) {
					SafetensorsFile file = SafetensorsFile.open(path);
					files.add(file);
					file.tensors().keySet().forEach((name) -> byTensor.put(name, file));
				}
			}
			return new TensorStore(files, byTensor);
		}
		catch (RuntimeException ex) {
			files.forEach(SafetensorsFile::close);
			throw ex;
		}
	}

	private static void openIndexed(Path directory, Path index, List<SafetensorsFile> files,
			Map<String, SafetensorsFile> byTensor) {
		JsonNode weightMap;
		try {
			weightMap = JsonMapper.shared().readTree(Files.readString(index)).path("weight_map");
		}
		catch (IOException | RuntimeException ex) {
			throw new CheckpointException("Cannot read " + index + ": " + ex.getMessage(), ex);
		}
		if (!weightMap.isObject() || weightMap.isEmpty()) {
			throw new CheckpointException(index + " has no weight_map");
		}
		Map<String, SafetensorsFile> shards = new HashMap<>();
		for (Map.Entry<String, JsonNode> entry : weightMap.properties()) {
			String shardName = entry.getValue().asString();
			SafetensorsFile shard = shards.get(shardName);
			if (shard == null) {
				Path shardPath = directory.resolve(shardName);
				if (!Files.isRegularFile(shardPath)) {
					throw new CheckpointException(
							"Shard " + shardName + " listed in " + INDEX + " is missing from " + directory);
				}
				shard = SafetensorsFile.open(shardPath);
				files.add(shard);
				shards.put(shardName, shard);
			}
			if (!shard.tensors().containsKey(entry.getKey())) {
				throw new CheckpointException(
						"Tensor " + entry.getKey() + " is listed in " + INDEX + " but missing from " + shardName);
			}
			byTensor.put(entry.getKey(), shard);
		}
	}

	private static List<Path> safetensorsFiles(Path directory) {
		try (Stream<Path> listing = Files.list(directory)) {
			List<Path> paths = listing.filter((p) -> p.getFileName().toString().endsWith(".safetensors"))
				.sorted()
				.toList();
			if (paths.isEmpty()) {
				throw new CheckpointException("No *.safetensors weights in " + directory);
			}
			return paths;
		}
		catch (IOException ex) {
			throw new CheckpointException("Cannot list checkpoint directory " + directory + ": " + ex, ex);
		}
	}

	/** Whether the checkpoint holds a tensor of this name. */
	public boolean contains(String name) {
		return this.byTensor.containsKey(name);
	}

	/** The shape of a tensor, or {@code null} if there is none of this name. */
	public long @Nullable [] shape(String name) {
		SafetensorsFile file = this.byTensor.get(name);
		return (file != null) ? file.tensors().get(name).shape() : null;
	}

	/** The names of all tensors. */
	public java.util.Set<String> names() {
		return this.byTensor.keySet();
	}

	/** Reads a (row slice of a) tensor as float32 in row-major order. */
	public float[] read(WeightRef ref) {
		SafetensorsFile file = this.byTensor.get(ref.tensor());
		if (file == null) {
			throw new CheckpointException("Checkpoint has no tensor " + ref.tensor());
		}
		return file.readRows(ref.tensor(), ref.firstRow(), ref.rows());
	}

	@Override
	public void close() {
		this.files.forEach(SafetensorsFile::close);
	}

}
