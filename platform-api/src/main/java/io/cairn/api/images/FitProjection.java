package io.cairn.api.images;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import io.cairn.encoders.clip.OnnxImageEmbedder;
import io.cairn.encoders.onnx.OnnxSessionFactory;
import io.cairn.encoders.onnx.OnnxSettings;
import io.cairn.encoders.text.LoadedTextEncoder;
import io.cairn.encoders.text.TextEncoders;
import org.jspecify.annotations.Nullable;

/**
 * {@code ./cairn fit-projection}: fits {@code cairn.images.projection} from sentences
 * alone. A CLIP text tower maps into the same space as its image tower, so pairs of
 * (image model's text vector, text encoder's passage vector) of the same sentence teach
 * the map from the image space into Cairn's text space. No Spring: it loads the two
 * models, fits ({@link ProjectionFitter}), writes the file and prints how well it does on
 * sentences held out of the fit.
 */
public final class FitProjection {

	static final String USAGE = """
			usage: ./cairn fit-projection --models-dir DIR --texts FILE --out FILE [--encoder NAME] [--ridge R]
			  --models-dir  the CLIP model (vision.onnx, text.onnx, tokenizer.json), as cairn.images.models-dir
			  --texts       sentences like your documents' text, one per line (at least %d)
			  --out         where to write the projection (then set cairn.images.projection to it)
			  --encoder     the text encoder of your collections: bge-small-en-v1.5 (default),
			                all-minilm-l6-v2 or dir:/path, as cairn.encoders.english
			  --ridge       regularisation of the least-squares fit (default 0.01)""";

	private FitProjection() {
	}

	/** What to fit: parsed from the command line. */
	record Options(Path modelsDir, Path texts, Path out, String encoder, double ridge) {

		static Options parse(String[] args) {
			Path models = null;
			Path texts = null;
			Path out = null;
			String encoder = "bge-small-en-v1.5";
			double ridge = 0.01;
			for (int i = 0; i < args.length; i += 2) {
				String name = args[i];
				if (i + 1 >= args.length) {
					throw new IllegalArgumentException(name + " needs a value");
				}
				String value = args[i + 1];
				switch (name) {
					case "--models-dir" -> models = Path.of(value);
					case "--texts" -> texts = Path.of(value);
					case "--out" -> out = Path.of(value);
					case "--encoder" -> encoder = value;
					case "--ridge" -> ridge = ridge(value);
					default -> throw new IllegalArgumentException("unknown option " + name);
				}
			}
			return new Options(required(models, "--models-dir"), required(texts, "--texts"), required(out, "--out"),
					encoder, ridge);
		}

		private static double ridge(String value) {
			try {
				double ridge = Double.parseDouble(value);
				if (ridge >= 0 && Double.isFinite(ridge)) {
					return ridge;
				}
			}
			catch (NumberFormatException ex) {
				// reported below
			}
			throw new IllegalArgumentException("--ridge must be a number >= 0, was '" + value + "'");
		}

		private static Path required(@Nullable Path value, String name) {
			if (value == null) {
				throw new IllegalArgumentException(name + " is required");
			}
			return value;
		}

	}

	public static void main(String[] args) {
		try {
			run(Options.parse(args), System.out);
		}
		catch (IllegalArgumentException | IOException ex) {
			System.err.println("fit-projection: " + ex.getMessage());
			System.err.println(USAGE.formatted(ProjectionFitter.MIN_SENTENCES));
			System.exit(2);
		}
	}

	/**
	 * Loads the models, fits, writes {@code options.out()} and reports on {@code out}.
	 */
	static ProjectionFitter.Result run(Options options, PrintStream out) throws IOException {
		if (!Files.isDirectory(options.modelsDir())) {
			throw new IllegalArgumentException("--models-dir " + options.modelsDir() + " is not a directory");
		}
		List<String> sentences = ProjectionFitter.readSentences(options.texts());
		try (OnnxImageEmbedder clip = OnnxImageEmbedder.load(options.modelsDir(),
				new OnnxSessionFactory(OnnxSettings.defaults())); TextEncoders encoders = new TextEncoders()) {
			LoadedTextEncoder text = encoders.get(options.encoder());
			Function<List<String>, List<float[]>> passages = text.encoder()::embed;
			ProjectionFitter.Result result = new ProjectionFitter(clip::embedText, passages).fit(sentences,
					options.ridge());
			result.projection().write(options.out());
			out.printf(Locale.ROOT, "fitted %s (%d-d) -> %s (%d-d) on %d sentences, ridge %s%n", clip.name(),
					result.projection().inputs(), text.model().name(), result.projection().outputs(), result.trained(),
					options.ridge());
			out.printf(Locale.ROOT, "held-out mean cosine: %.4f over %d sentences (the mean text vector alone: %.4f)%n",
					result.heldOutCosine(), result.heldOut(), result.baselineCosine());
			out.println("wrote " + options.out() + "; set cairn.images.projection=" + options.out().toAbsolutePath());
			return result;
		}
	}

}
