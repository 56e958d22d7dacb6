package io.cairn.encoders.text;

import java.nio.file.Path;

/** Where the ONNX graph and the {@code tokenizer.json} of a text encoder come from. */
public sealed interface ModelSource {

	/**
	 * Resources on the class path, such as the files at the root of the langchain4j model
	 * jars.
	 *
	 * @param model resource name of the {@code .onnx} file
	 * @param tokenizer resource name of the {@code tokenizer.json}
	 * @param artifact the Maven artifact that ships them (named in the error when they
	 * are missing)
	 */
	record Classpath(String model, String tokenizer, String artifact) implements ModelSource {
	}

	/**
	 * Files on disk.
	 *
	 * @param model the {@code .onnx} file
	 * @param tokenizer the {@code tokenizer.json}
	 */
	record Files(Path model, Path tokenizer) implements ModelSource {
	}

}
