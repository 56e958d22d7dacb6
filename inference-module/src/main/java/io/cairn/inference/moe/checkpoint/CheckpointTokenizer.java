package io.cairn.inference.moe.checkpoint;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.OptionalInt;

import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * The checkpoint's {@code tokenizer.json}: DJL (the Hugging Face tokenizers library)
 * encodes prompts; {@link TokenPieces} decodes generated ids to bytes. Opening checks
 * that every token id fits the model's vocabulary.
 */
public final class CheckpointTokenizer implements AutoCloseable {

	static {
		// DJL calls an AWS metadata endpoint on first use unless told not to; Cairn runs
		// offline.
		if (System.getProperty("OPT_OUT_TRACKING") == null && System.getenv("OPT_OUT_TRACKING") == null) {
			System.setProperty("OPT_OUT_TRACKING", "true");
		}
	}

	private final HuggingFaceTokenizer tokenizer;

	private final TokenPieces pieces;

	private final Map<String, Integer> specialIds;

	private CheckpointTokenizer(HuggingFaceTokenizer tokenizer, TokenPieces pieces, Map<String, Integer> specialIds) {
		this.tokenizer = tokenizer;
		this.pieces = pieces;
		this.specialIds = specialIds;
	}

	/**
	 * Opens {@code tokenizer.json} of a checkpoint directory.
	 * @param directory the checkpoint directory
	 * @param vocabSize the model's vocabulary size from config.json
	 * @throws CheckpointException when the file is missing or has ids beyond the
	 * vocabulary
	 */
	public static CheckpointTokenizer open(Path directory, int vocabSize) {
		Path file = directory.resolve("tokenizer.json");
		if (!Files.isRegularFile(file)) {
			throw new CheckpointException("No tokenizer.json in " + directory);
		}
		JsonNode root = ConfigParser.readJson(file);
		JsonNode model = root.path("model");
		boolean byteLevel = root.path("decoder").toString().contains("ByteLevel")
				|| root.path("pre_tokenizer").toString().contains("ByteLevel");
		TokenPieces.Builder builder = new TokenPieces.Builder();
		Map<String, Integer> specialIds = new HashMap<>();
		for (Map.Entry<String, JsonNode> entry : model.path("vocab").properties()) {
			builder.put(entry.getValue().asInt(), TokenPieces.decode(entry.getKey(), byteLevel), false);
		}
		for (JsonNode added : root.path("added_tokens")) {
			boolean special = added.path("special").asBoolean(false);
			String content = added.path("content").asString();
			byte[] bytes = special ? new byte[0] : content.getBytes(java.nio.charset.StandardCharsets.UTF_8);
			builder.put(added.path("id").asInt(), bytes, special);
			specialIds.put(content, added.path("id").asInt());
		}
		int maxId = builder.maxId();
		if (maxId < 0) {
			throw new CheckpointException(file + " has an empty vocabulary");
		}
		if (maxId >= vocabSize) {
			throw new CheckpointException(file + " does not match the model: it has token id " + maxId
					+ " but config.json's vocab_size is " + vocabSize);
		}
		Map<String, String> options = new HashMap<>();
		options.put("addSpecialTokens", "false");
		options.put("truncation", "false");
		options.put("padding", "false");
		try {
			HuggingFaceTokenizer tokenizer = HuggingFaceTokenizer.newInstance(file, options);
			return new CheckpointTokenizer(tokenizer,
					builder.build(vocabSize, !byteLevel && root.path("decoder").toString().contains("\"Strip\"")),
					Map.copyOf(specialIds));
		}
		catch (IOException | RuntimeException ex) {
			throw new CheckpointException("Cannot load " + file + ": " + ex.getMessage(), ex);
		}
	}

	/** Token ids of a text, without special tokens added. */
	public int[] encode(String text) {
		return encode(text, false);
	}

	/**
	 * Token ids of a text; with {@code addSpecialTokens} the tokenizer's post-processor
	 * adds what it adds at the start of a sequence (the BOS token of Llama-style
	 * tokenizers).
	 */
	public int[] encode(String text, boolean addSpecialTokens) {
		long[] ids = this.tokenizer.encode(text, addSpecialTokens, false).getIds();
		int[] out = new int[ids.length];
		for (int i = 0; i < ids.length; i++) {
			out[i] = (int) ids[i];
		}
		return out;
	}

	/** The byte pieces of the vocabulary. */
	public TokenPieces pieces() {
		return this.pieces;
	}

	/** The id of an added token such as {@code <|im_start|>}, if the tokenizer has it. */
	public OptionalInt addedToken(@Nullable String content) {
		Integer id = (content != null) ? this.specialIds.get(content) : null;
		return (id != null) ? OptionalInt.of(id) : OptionalInt.empty();
	}

	@Override
	public void close() {
		this.tokenizer.close();
	}

}
