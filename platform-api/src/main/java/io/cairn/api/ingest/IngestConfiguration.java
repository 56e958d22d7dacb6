package io.cairn.api.ingest;

import java.util.ArrayList;
import java.util.List;

import io.cairn.api.config.ImageEmbeddingProperties;
import io.cairn.api.config.IngestProperties;
import io.cairn.api.config.OcrProperties;
import io.cairn.api.config.RetrievalProperties;
import io.cairn.api.config.VideoProperties;
import io.cairn.core.collection.CollectionRepository;
import io.cairn.core.document.DocumentRepository;
import io.cairn.core.ingest.ChunkAlignment;
import io.cairn.core.ingest.ChunkRepository;
import io.cairn.core.ingest.DocumentDeleter;
import io.cairn.core.ingest.ElementRepository;
import io.cairn.core.ingest.IngestJobRunner;
import io.cairn.core.ingest.IngestService;
import io.cairn.core.ingest.IngestWorkers;
import io.cairn.core.ingest.parse.DocumentParser;
import io.cairn.core.ingest.parse.DocumentParsers;
import io.cairn.core.ingest.parse.MediaTypeDetector;
import io.cairn.core.ingest.parse.OcrSettings;
import io.cairn.core.job.JobRepository;
import io.cairn.core.media.TextRecognizer;
import io.cairn.core.retrieval.EmbeddingSpaces;
import io.cairn.core.retrieval.HybridSearcher;
import io.cairn.core.retrieval.KeywordIndex;
import io.cairn.encoders.image.ImageDocumentParser;
import io.cairn.encoders.audio.AudioDocumentParser;
import io.cairn.encoders.video.VideoDocumentParser;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The ingest pipeline, its workers and the searcher, wired from the ports. */
@Configuration(proxyBeanMethods = false)
public class IngestConfiguration {

	@Bean
	DocumentParsers documentParsers(ObjectProvider<TextRecognizer> ocr, OcrProperties ocrProperties,
			VideoProperties video, ImageEmbeddingProperties images) {
		TextRecognizer recognizer = ocr.getIfAvailable();
		// With an OCR engine, scanned PDF pages and the pictures in PDF, Word and
		// PowerPoint files are read too; with an image model, pictures without words
		// (and image files and videos without words) are kept for image search and
		// alignment.
		boolean keepWordless = images.modelsDir() != null;
		DocumentParsers office = (recognizer != null)
				? DocumentParsers.withOcr(ocrSettings(recognizer, ocrProperties).keepingWordlessFigures(keepWordless))
				: DocumentParsers.defaults();
		List<DocumentParser> parsers = new ArrayList<>(office.parsers());
		parsers.add(new ImageDocumentParser(recognizer, ocrProperties.maxPixels(), keepWordless));
		if (video.enabled()) {
			parsers.add(new VideoDocumentParser(video.videoOptions(), video.speechOptions(), recognizer, keepWordless));
			parsers.add(new AudioDocumentParser(video.maxDuration(), video.parseTimeout(), video.speechOptions()));
		}
		return new DocumentParsers(parsers);
	}

	private static OcrSettings ocrSettings(TextRecognizer recognizer, OcrProperties properties) {
		OcrSettings defaults = OcrSettings.defaults(recognizer);
		return new OcrSettings(recognizer, defaults.dpi(), defaults.maxPagePixels(), properties.maxPixels(),
				defaults.minFigureSide(), defaults.minFigureArea(), defaults.maxFigures(), defaults.timeShare());
	}

	@Bean
	MediaTypeDetector mediaTypeDetector() {
		return new MediaTypeDetector();
	}

	@Bean
	IngestJobRunner ingestJobRunner(CollectionRepository collections, DocumentRepository documents,
			ElementRepository elements, ChunkRepository chunks, JobRepository jobs, DocumentParsers parsers,
			KeywordIndex keywordIndex, EmbeddingSpaces spaces, IngestProperties properties,
			ObjectProvider<ChunkAlignment> alignment) {
		return new IngestJobRunner(collections, documents, elements, chunks, jobs, parsers, properties.parseLimits(),
				keywordIndex, spaces, properties.encodeBatchSize(),
				alignment.getIfAvailable(() -> ChunkAlignment.NONE));
	}

	@Bean(destroyMethod = "close")
	IngestWorkers ingestWorkers(IngestJobRunner runner, JobRepository jobs, DocumentRepository documents,
			CollectionRepository collections, IngestProperties properties) {
		return new IngestWorkers(runner, jobs, documents, collections, properties.workerSettings());
	}

	@Bean
	IngestService ingestService(CollectionRepository collections, DocumentRepository documents, DocumentParsers parsers,
			MediaTypeDetector detector, IngestProperties properties, IngestWorkers workers) {
		return new IngestService(collections, documents, parsers, detector, properties.parseLimits(), workers::wakeUp);
	}

	@Bean
	DocumentDeleter documentDeleter(CollectionRepository collections, DocumentRepository documents,
			KeywordIndex keywordIndex, EmbeddingSpaces spaces) {
		return new DocumentDeleter(collections, documents, keywordIndex, spaces);
	}

	@Bean
	HybridSearcher hybridSearcher(KeywordIndex keywordIndex, EmbeddingSpaces spaces, ChunkRepository chunks,
			RetrievalProperties retrieval) {
		return new HybridSearcher(keywordIndex, spaces, chunks, retrieval.settings());
	}

}
