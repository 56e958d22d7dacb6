package io.cairn.inference.moe.testing;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.cairn.inference.moe.checkpoint.TokenPieces;
import tools.jackson.databind.json.JsonMapper;

/**
 * A byte-level BPE {@code tokenizer.json} (GPT-2 style): the 256 byte symbols, ten merges
 * and an end-of-text token, so that any text encodes and every id decodes to known bytes.
 */
public final class TinyTokenizer {

	/** The end-of-text token id. */
	public static final int EOS = 266;

	static final List<String[]> MERGES = List.of(new String[] { "Ġ", "t" }, new String[] { "h", "e" },
			new String[] { "Ġt", "he" }, new String[] { "i", "n" }, new String[] { "Ġ", "a" },
			new String[] { "e", "r" }, new String[] { "\"", ":" }, new String[] { "{", "\"" },
			new String[] { "\"", "," }, new String[] { "t", "r" });

	private TinyTokenizer() {
	}

	/** The vocabulary entries, ids 0..265. */
	public static Map<String, Integer> vocab() {
		Map<String, Integer> vocab = new LinkedHashMap<>();
		char[] symbols = TokenPieces.byteToUnicode();
		for (int b = 0; b < 256; b++) {
			vocab.put(String.valueOf(symbols[b]), b);
		}
		for (String[] merge : MERGES) {
			vocab.put(merge[0] + merge[1], vocab.size());
		}
		return vocab;
	}

	public static String json() {
		Map<String, Object> model = new LinkedHashMap<>();
		model.put("type", "BPE");
		model.put("dropout", null);
		model.put("unk_token", null);
		model.put("continuing_subword_prefix", null);
		model.put("end_of_word_suffix", null);
		model.put("fuse_unk", false);
		model.put("byte_fallback", false);
		model.put("vocab", vocab());
		model.put("merges", MERGES.stream().map((m) -> m[0] + " " + m[1]).toList());
		Map<String, Object> byteLevel = new LinkedHashMap<>();
		byteLevel.put("type", "ByteLevel");
		byteLevel.put("add_prefix_space", false);
		byteLevel.put("trim_offsets", true);
		byteLevel.put("use_regex", true);
		Map<String, Object> eos = new LinkedHashMap<>();
		eos.put("id", EOS);
		eos.put("content", "<|endoftext|>");
		eos.put("single_word", false);
		eos.put("lstrip", false);
		eos.put("rstrip", false);
		eos.put("normalized", false);
		eos.put("special", true);
		Map<String, Object> root = new LinkedHashMap<>();
		root.put("version", "1.0");
		root.put("truncation", null);
		root.put("padding", null);
		root.put("added_tokens", List.of(eos));
		root.put("normalizer", null);
		root.put("pre_tokenizer", byteLevel);
		root.put("post_processor", null);
		root.put("decoder", byteLevel);
		root.put("model", model);
		return JsonMapper.shared().writeValueAsString(root);
	}

}
