package io.cairn.encoders.text;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.ReentrantReadWriteLock;

import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import io.cairn.encoders.onnx.OnnxDevice;
import io.cairn.encoders.onnx.OnnxSession;
import io.cairn.encoders.onnx.OnnxSessionFactory;
import io.cairn.encoders.onnx.OnnxSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.ai.chat.metadata.DefaultUsage;
import org.springframework.ai.document.Document;
import org.springframework.ai.embedding.Embedding;
import org.springframework.ai.embedding.EmbeddingModel;
import org.springframework.ai.embedding.EmbeddingOptions;
import org.springframework.ai.embedding.EmbeddingRequest;
import org.springframework.ai.embedding.EmbeddingResponse;
import org.springframework.ai.embedding.EmbeddingResponseMetadata;

/**
 * A BERT-style text encoder on ONNX Runtime as a Spring AI {@link EmbeddingModel}.
 * <p>
 * Texts are tokenized with the model's own {@code tokenizer.json} (truncated to the
 * maximum sequence length), sorted by length, cut into batches that run on a fixed-size
 * pool, pooled (CLS or attention-masked mean) and L2-normalised; results come back in
 * request order. Documents and passages are embedded as they are; use
 * {@link #queryEncoder()} for search queries, which adds the model's query instruction.
 * Thread-safe; {@link #close()} releases the session, the tokenizer and the pool, after
 * which every call throws {@link IllegalStateException}.
 */
public final class OnnxTextEncoder implements EmbeddingModel, AutoCloseable {

	private static final Logger logger = LoggerFactory.getLogger(OnnxTextEncoder.class);

	private final TextEncoderModel model;

	private final TextEncoderOptions options;

	private final OnnxSession session;

	private final HuggingFaceTokenizer tokenizer;

	private final BertForward forward;

	private final boolean perSequence;

	private final TextBatches batches;

	private final int dimensions;

	private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();

	private final EmbeddingModel queryEncoder;

	private boolean closed;

	private OnnxTextEncoder(TextEncoderModel model, OnnxSession session, HuggingFaceTokenizer tokenizer,
			TextEncoderOptions options) {
		this.model = model;
		this.options = options;
		this.session = session;
		this.tokenizer = tokenizer;
		this.forward = new BertForward(session, model.pooling());
		this.perSequence = switch (options.execution()) {
			case PER_SEQUENCE -> true;
			case PADDED -> false;
			case AUTO -> session.dynamicallyQuantized();
		};
		this.batches = new TextBatches(model.name(), tokenizer, this.forward, options.batchSize(),
				options.concurrency(), this.perSequence);
		this.dimensions = resolveDimensions();
		this.queryEncoder = model.queryInstruction().isEmpty() ? this : new QueryEncoder();
	}

	/**
	 * Loads a text encoder.
	 * @param model the model
	 * @param sessions creates the ONNX session (device, threads)
	 * @param options batching and concurrency
	 * @return the encoder; the caller closes it
	 */
	public static OnnxTextEncoder load(TextEncoderModel model, OnnxSessionFactory sessions,
			TextEncoderOptions options) {
		OnnxSession session = ModelFiles.openSession(model, sessions);
		HuggingFaceTokenizer tokenizer = null;
		try {
			tokenizer = ModelFiles.encoderTokenizer(model);
			OnnxTextEncoder encoder = new OnnxTextEncoder(model, session, tokenizer, options);
			logger.info("Loaded text encoder {}", encoder);
			return encoder;
		}
		catch (RuntimeException ex) {
			if (tokenizer != null) {
				tokenizer.close();
			}
			session.close();
			throw ex;
		}
	}

	/** Loads a text encoder on the CPU with default threads and options. */
	public static OnnxTextEncoder load(TextEncoderModel model) {
		return load(model, new OnnxSessionFactory(OnnxSettings.defaults()), TextEncoderOptions.defaults());
	}

	@Override
	public EmbeddingResponse call(EmbeddingRequest request) {
		return respond(request, "");
	}

	@Override
	public float[] embed(Document document) {
		return embed(textOf(document));
	}

	@Override
	public int dimensions() {
		return this.dimensions;
	}

	/**
	 * A view of this encoder for search queries: it prefixes every text with the model's
	 * query instruction (bge models expect it for short queries). This encoder itself
	 * when the model has no instruction. Closing this encoder closes the view.
	 */
	public EmbeddingModel queryEncoder() {
		return this.queryEncoder;
	}

	/** The model this encoder runs. */
	public TextEncoderModel model() {
		return this.model;
	}

	/** The device the model actually runs on. */
	public OnnxDevice device() {
		return this.session.device();
	}

	/** The batching and concurrency settings. */
	public TextEncoderOptions options() {
		return this.options;
	}

	/**
	 * Whether each text runs alone ({@link BatchExecution#PER_SEQUENCE}) rather than in
	 * padded batches.
	 */
	public boolean runsPerSequence() {
		return this.perSequence;
	}

	/** Whether {@link #close()} has been called. */
	public boolean isClosed() {
		this.lock.readLock().lock();
		try {
			return this.closed;
		}
		finally {
			this.lock.readLock().unlock();
		}
	}

	/**
	 * Waits for running requests, then releases the pool, the tokenizer and the ONNX
	 * session.
	 */
	@Override
	public void close() {
		this.lock.writeLock().lock();
		try {
			if (this.closed) {
				return;
			}
			this.closed = true;
			this.batches.close();
			this.tokenizer.close();
			this.session.close();
			logger.debug("Closed text encoder {}", this.model.name());
		}
		finally {
			this.lock.writeLock().unlock();
		}
	}

	@Override
	public String toString() {
		return "OnnxTextEncoder[" + this.model.name() + ", " + this.dimensions + "-d, " + this.model.pooling()
				+ " pooling, " + this.session.device() + ", batch " + this.options.batchSize()
				+ (this.perSequence ? " per sequence" : " padded") + "]";
	}

	private EmbeddingResponse respond(EmbeddingRequest request, String prefix) {
		EmbeddingOptions requested = request.getOptions();
		Integer requestedDimensions = (requested != null) ? requested.getDimensions() : null;
		if (requestedDimensions != null && requestedDimensions != this.dimensions) {
			throw new IllegalArgumentException("Model " + this.model.name() + " produces " + this.dimensions
					+ " dimensions, not " + requestedDimensions);
		}
		TextBatches.Encoded encoded = encode(request.getInstructions(), prefix);
		List<Embedding> embeddings = new ArrayList<>(encoded.vectors().length);
		for (int i = 0; i < encoded.vectors().length; i++) {
			embeddings.add(new Embedding(encoded.vectors()[i], i));
		}
		return new EmbeddingResponse(embeddings, new EmbeddingResponseMetadata(this.model.name(),
				new DefaultUsage(encoded.tokens(), 0, encoded.tokens())));
	}

	private TextBatches.Encoded encode(List<String> texts, String prefix) {
		this.lock.readLock().lock();
		try {
			if (this.closed) {
				throw new IllegalStateException("Text encoder " + this.model.name() + " is closed");
			}
			return this.batches.encode(texts, prefix);
		}
		finally {
			this.lock.readLock().unlock();
		}
	}

	private int resolveDimensions() {
		int declared = this.forward.declaredHiddenSize();
		int configured = this.model.dimensions();
		if (configured > 0 && declared > 0 && configured != declared) {
			throw new IllegalArgumentException("Model " + this.model.name() + " is configured with " + configured
					+ " dimensions but its output has " + declared);
		}
		if (configured > 0) {
			return configured;
		}
		if (declared > 0) {
			return declared;
		}
		return this.forward.embed(new long[][] { this.tokenizer.encode("dimension probe").getIds() })[0].length;
	}

	private String textOf(Document document) {
		String text = getEmbeddingContent(document);
		if (text == null) {
			throw new IllegalArgumentException("Document " + document.getId() + " has no text to embed");
		}
		return text;
	}

	/** Prefixes every text with the model's query instruction. */
	private final class QueryEncoder implements EmbeddingModel {

		@Override
		public EmbeddingResponse call(EmbeddingRequest request) {
			return respond(request, OnnxTextEncoder.this.model.queryInstruction());
		}

		@Override
		public float[] embed(Document document) {
			return embed(textOf(document));
		}

		@Override
		public int dimensions() {
			return OnnxTextEncoder.this.dimensions;
		}

		@Override
		public String toString() {
			return "QueryEncoder[" + OnnxTextEncoder.this + "]";
		}

	}

}
