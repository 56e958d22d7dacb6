package io.cairn.inference.moe.checkpoint;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * An opened, validated checkpoint directory: the architecture from config.json, the
 * weights (with a LoRA adapter merged in when one is given) and the tokenizer. Every
 * tensor the engine will read is checked for presence and shape when the checkpoint is
 * opened.
 */
public final class Checkpoint implements AutoCloseable {

	private final Path directory;

	private final ModelConfig config;

	private final TensorStore store;

	private final WeightLayout layout;

	private final CheckpointTokenizer tokenizer;

	private final @Nullable LoraAdapter adapter;

	private Checkpoint(Path directory, ModelConfig config, TensorStore store, CheckpointTokenizer tokenizer,
			@Nullable LoraAdapter adapter) {
		this.directory = directory;
		this.config = config;
		this.store = store;
		this.layout = new WeightLayout(config, store);
		this.tokenizer = tokenizer;
		this.adapter = adapter;
	}

	/**
	 * Opens a checkpoint directory.
	 * @param directory holds config.json, *.safetensors and tokenizer.json
	 * @param loraAdapter a PEFT LoRA adapter directory to merge, or {@code null}
	 * @throws CheckpointException naming what is missing, truncated or inconsistent
	 */
	public static Checkpoint open(Path directory, @Nullable Path loraAdapter) {
		if (!Files.isDirectory(directory)) {
			throw new CheckpointException("Model directory " + directory + " does not exist");
		}
		ModelConfig config = ConfigParser.parse(directory);
		TensorStore store = TensorStore.open(directory);
		LoraAdapter adapter = null;
		CheckpointTokenizer tokenizer = null;
		try {
			validateShapes(config, store);
			adapter = (loraAdapter != null) ? LoraAdapter.open(loraAdapter, store) : null;
			tokenizer = CheckpointTokenizer.open(directory, config.vocabSize());
			return new Checkpoint(directory, config, store, tokenizer, adapter);
		}
		catch (RuntimeException ex) {
			store.close();
			if (adapter != null) {
				adapter.close();
			}
			throw ex;
		}
	}

	private static void validateShapes(ModelConfig config, TensorStore store) {
		Map<String, Long> rowsNeeded = new HashMap<>();
		for (WeightRef ref : new WeightLayout(config, store).all()) {
			long[] shape = store.shape(ref.tensor());
			if (shape == null) {
				throw new CheckpointException("Checkpoint has no tensor " + ref.tensor() + ", which model_type "
						+ config.modelType() + " with the sizes in config.json needs");
			}
			long columns = (shape.length == 0) ? 1 : shape[shape.length - 1];
			if (columns != ref.columns()) {
				throw new CheckpointException(mismatch(ref.tensor(), shape, "a last dimension of " + ref.columns()));
			}
			rowsNeeded.merge(ref.tensor(), ref.firstRow() + ref.rows(), Math::max);
		}
		rowsNeeded.forEach((tensor, rows) -> {
			long[] shape = store.shape(tensor);
			long actual = 1;
			for (int i = 0; i < shape.length - 1; i++) {
				actual *= shape[i];
			}
			if (actual != rows) {
				throw new CheckpointException(mismatch(tensor, shape,
						rows + " rows of " + shape[shape.length - 1] + " (leading dimensions multiplied)"));
			}
		});
	}

	private static String mismatch(String tensor, long[] shape, String expected) {
		return "Tensor " + tensor + " has shape " + Arrays.toString(shape)
				+ ", which disagrees with config.json: expected " + expected;
	}

	public Path directory() {
		return this.directory;
	}

	public ModelConfig config() {
		return this.config;
	}

	public WeightLayout layout() {
		return this.layout;
	}

	public CheckpointTokenizer tokenizer() {
		return this.tokenizer;
	}

	/**
	 * Reads a weight as float32, with the LoRA delta added when an adapter targets it.
	 */
	public float[] read(WeightRef ref) {
		float[] values = this.store.read(ref);
		if (this.adapter != null) {
			this.adapter.addDelta(ref, values);
		}
		return values;
	}

	@Override
	public void close() {
		this.tokenizer.close();
		this.store.close();
		if (this.adapter != null) {
			this.adapter.close();
		}
	}

}
