package io.cairn.db.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.sql.DataSource;

import io.cairn.core.ConflictException;
import io.cairn.core.chunking.ChunkContentKind;
import io.cairn.core.collection.CollectionStats;
import io.cairn.core.collection.KnowledgeCollection;
import io.cairn.core.collection.Language;
import io.cairn.core.document.Document;
import io.cairn.core.document.DocumentRepository.StoredUpload;
import io.cairn.core.document.DocumentStatus;
import io.cairn.core.document.DuplicateDocumentException;
import io.cairn.core.document.NewDocument;
import io.cairn.core.document.Sidecar;
import io.cairn.core.ingest.StoredChunk;
import io.cairn.core.ingest.parse.Element;
import io.cairn.core.ingest.parse.ElementKind;
import io.cairn.core.ingest.parse.Table;
import io.cairn.core.media.AssetKind;
import io.cairn.core.media.Box;
import io.cairn.core.media.MediaAsset;
import io.cairn.core.media.PageRegion;
import io.cairn.core.media.SourceLocation;
import io.cairn.core.media.TimeSpan;
import io.cairn.core.job.IngestJob;
import io.cairn.core.job.JobState;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The JDBC repositories against a real PostgreSQL, run on the server (with pgvector) and
 * on the embedded one. Every test starts from empty tables.
 */
abstract class CatalogRepositoriesContract {

	protected JdbcCollectionRepository collections;

	protected JdbcDocumentRepository documents;

	protected JdbcElementRepository elements;

	protected JdbcChunkRepository chunks;

	protected JdbcJobRepository jobs;

	protected JdbcClient jdbc;

	private final Random random = new Random(42);

	protected abstract DataSource dataSource();

	/** Empties the catalog tables. */
	protected abstract void truncate();

	@BeforeEach
	void repositories() {
		truncate();
		DataSource dataSource = dataSource();
		this.collections = new JdbcCollectionRepository(dataSource);
		this.documents = new JdbcDocumentRepository(dataSource);
		this.elements = new JdbcElementRepository(dataSource);
		this.chunks = new JdbcChunkRepository(dataSource);
		this.jobs = new JdbcJobRepository(dataSource);
		this.jdbc = JdbcClient.create(dataSource);
	}

	@Test
	void collectionsHaveUniqueNames() {
		KnowledgeCollection created = this.collections.create("manuals", Language.CHINESE, "general");
		assertThat(created.id()).isPositive();
		assertThat(created.language()).isEqualTo(Language.CHINESE);
		assertThat(created.createdAt()).isNotNull();
		assertThatExceptionOfType(ConflictException.class)
			.isThrownBy(() -> this.collections.create("manuals", Language.ENGLISH, "general"))
			.withMessageContaining("manuals");
		this.collections.create("alpha", Language.ENGLISH, "finance");
		assertThat(this.collections.findByName("manuals")).contains(created);
		assertThat(this.collections.findById(created.id())).contains(created);
		assertThat(this.collections.findAll()).extracting(KnowledgeCollection::name)
			.containsExactly("alpha", "manuals");
		assertThat(this.collections.findByName("nope")).isEmpty();
	}

	@Test
	void storesADocumentWithItsBytesAndAQueuedJob() throws IOException {
		long collection = collection("c");
		byte[] content = bytes(ContentInputStream.SLICE * 2 + 12345);
		StoredUpload upload = this.documents.insertWithJob(newDocument(collection, content, Map.of("year", "2024")));
		Document document = upload.document();
		assertThat(document.status()).isEqualTo(DocumentStatus.QUEUED);
		assertThat(document.byteSize()).isEqualTo(content.length);
		assertThat(document.metadata()).containsExactlyEntriesOf(Map.of("year", "2024"));
		assertThat(upload.job().documentId()).isEqualTo(document.id());
		assertThat(upload.job().state()).isEqualTo(JobState.QUEUED);
		assertThat(upload.job().attempts()).isZero();
		assertThat(this.documents.findById(document.id())).contains(document);
		assertThat(this.documents.findBySha256(collection, document.sha256())).contains(document);
		assertThat(this.documents.findByCollection(collection)).containsExactly(document);
		assertThat(this.jobs.findLatestForDocument(document.id())).contains(upload.job());
		try (InputStream in = this.documents.openContent(document.id())) {
			assertThat(in.readAllBytes()).isEqualTo(content);
		}
		assertThatExceptionOfType(DuplicateDocumentException.class)
			.isThrownBy(() -> this.documents.insertWithJob(newDocument(collection, content, Map.of())))
			.satisfies((ex) -> assertThat(ex.existingDocumentId()).isEqualTo(document.id()));
		long other = collection("other");
		assertThat(this.documents.insertWithJob(newDocument(other, content, Map.of())).document().collectionId())
			.as("the same bytes in another collection")
			.isEqualTo(other);
	}

	@Test
	void keepsAVideosSidecarWithItAndDeletesItWithIt() {
		long collection = collection("c");
		byte[] content = bytes(100);
		Sidecar sidecar = new Sidecar("talk.srt", "1\n00:00:01,000 --> 00:00:02,000\nHello, \u4e16\u754c.\n");
		long id = this.documents
			.insertWithJob(new NewDocument(collection, "Talk", "talk.mp4", "video/mp4", sha256(content), "general",
					Map.of(), content, sidecar))
			.document()
			.id();
		long plain = this.documents.insertWithJob(newDocument(collection, bytes(10), Map.of())).document().id();
		assertThat(this.documents.findSidecar(id)).contains(sidecar);
		assertThat(this.documents.findSidecar(plain)).isEmpty();
		this.documents.delete(id);
		assertThat(this.documents.findSidecar(id)).isEmpty();
	}

	@Test
	void documentLifecycle() {
		long collection = collection("c");
		long id = this.documents.insertWithJob(newDocument(collection, bytes(10), Map.of())).document().id();
		this.documents.markProcessing(id);
		this.documents.updatePageCount(id, 12);
		assertThat(this.documents.findById(id)).get()
			.satisfies((d) -> assertThat(d.status()).isEqualTo(DocumentStatus.PROCESSING))
			.satisfies((d) -> assertThat(d.pageCount()).isEqualTo(12));
		this.documents.markFailed(id, "bad scan");
		assertThat(this.documents.findById(id).map(Document::error)).contains("bad scan");
		this.documents.markReady(id, 12, 40);
		Document ready = this.documents.findById(id).orElseThrow();
		assertThat(ready.status()).isEqualTo(DocumentStatus.READY);
		assertThat(ready.chunkCount()).isEqualTo(40);
		assertThat(ready.error()).isNull();
		assertThat(ready.updatedAt()).isAfterOrEqualTo(ready.createdAt());
		assertThat(this.collections.stats(collection)).isEqualTo(new CollectionStats(1, 12, 0));
	}

	@Test
	void concurrentUploadsOfTheSameBytesStoreOneDocument() throws Exception {
		long collection = collection("c");
		int rounds = 20;
		try (ExecutorService pool = Executors.newFixedThreadPool(2)) {
			for (int round = 0; round < rounds; round++) {
				byte[] content = bytes(1000 + round);
				CyclicBarrier start = new CyclicBarrier(2);
				List<Future<Object>> results = new ArrayList<>();
				for (int t = 0; t < 2; t++) {
					results.add(pool.submit(() -> {
						start.await();
						try {
							return this.documents.insertWithJob(newDocument(collection, content, Map.of()));
						}
						catch (DuplicateDocumentException ex) {
							return ex;
						}
					}));
				}
				List<Object> outcomes = new ArrayList<>();
				for (Future<Object> result : results) {
					outcomes.add(result.get());
				}
				List<StoredUpload> stored = outcomes.stream()
					.filter(StoredUpload.class::isInstance)
					.map(StoredUpload.class::cast)
					.toList();
				List<DuplicateDocumentException> duplicates = outcomes.stream()
					.filter(DuplicateDocumentException.class::isInstance)
					.map(DuplicateDocumentException.class::cast)
					.toList();
				assertThat(stored).as("round %d", round).hasSize(1);
				assertThat(duplicates).as("round %d", round).hasSize(1);
				assertThat(duplicates.getFirst().existingDocumentId()).isEqualTo(stored.getFirst().document().id());
			}
		}
		assertThat(count("SELECT count(*) FROM document")).isEqualTo(rounds);
		assertThat(count("SELECT count(*) FROM document_content")).as("no orphan content").isEqualTo(rounds);
		assertThat(count("SELECT count(*) FROM ingest_job")).as("no orphan jobs").isEqualTo(rounds);
	}

	@Test
	void savingAPageTwiceIsIdempotentAndAdvancesTheCheckpoint() {
		StoredUpload upload = upload("c");
		long document = upload.document().id();
		long job = upload.job().id();
		Table table = new Table("Revenue by year", List.of(List.of("Year", "Revenue"), List.of("2024", "1,000")), 1);
		List<Element> page1 = List.of(new Element(0, ElementKind.HEADING, "Results", 1, List.of("Results"), 1, null),
				new Element(1, ElementKind.TABLE, table.toText(), 1, List.of("Results"), 0, table));
		List<Element> page2 = List
			.of(new Element(2, ElementKind.TEXT, "Outlook is stable.", 2, List.of("Results"), 0, null));
		this.elements.savePage(document, job, 1, 3, page1, List.of());
		this.elements.savePage(document, job, 1, 3, page1, List.of());
		assertThat(this.jobs.findById(job)).get().satisfies((j) -> {
			assertThat(j.pagesDone()).isEqualTo(1);
			assertThat(j.pagesTotal()).isEqualTo(3);
		});
		this.elements.savePage(document, job, 2, 3, page2, List.of());
		this.elements.savePage(document, job, 3, 3, List.of(), List.of());
		assertThat(this.elements.findByDocument(document)).containsExactly(page1.get(0), page1.get(1), page2.get(0));
		assertThat(this.jobs.findById(job).map(IngestJob::pagesDone)).contains(3);
		this.elements.deleteFromPage(document, 2);
		assertThat(this.elements.findByDocument(document)).containsExactlyElementsOf(page1);
	}

	@Test
	void elementPositionsImagesAndChunkLocationsRoundTrip() {
		StoredUpload upload = upload("c");
		long document = upload.document().id();
		long job = upload.job().id();
		Box box = new Box(0.125, 0.25, 0.5, 0.0625);
		TimeSpan time = new TimeSpan(10_000, 20_500);
		List<Element> page1 = List.of(
				new Element(0, ElementKind.IMAGE_TEXT, "Scanned line", 1, List.of(), 0, null, box, null, "p1"),
				new Element(1, ElementKind.SPEECH, "said at ten seconds", 1, List.of(), 0, null, null, time, null));
		MediaAsset scan = asset("p1", 1, null);
		MediaAsset frame = asset("f-10000", 1, time);
		this.elements.savePage(document, job, 1, 2, page1, List.of(scan, frame));
		this.elements.savePage(document, job, 2, 2, List.of(), List.of(asset("p2", 2, null)));
		assertThat(this.elements.findByDocument(document)).containsExactlyElementsOf(page1);
		JdbcMediaAssetRepository assets = new JdbcMediaAssetRepository(dataSource());
		assertThat(assets.find(document, "f-10000")).get().satisfies((found) -> {
			assertThat(found.bytes()).isEqualTo(frame.bytes());
			assertThat(found.time()).isEqualTo(time);
			assertThat(found.perceptualHash()).isEqualTo(frame.perceptualHash());
		});
		assertThat(assets.findByDocument(document)).extracting(MediaAsset::key).containsExactly("f-10000", "p1", "p2");
		assertThat(assets.findPageImage(document, 2)).get().extracting(MediaAsset::key).isEqualTo("p2");
		assertThat(assets.findPageImage(document, 1)).get().extracting(MediaAsset::key).isEqualTo("p1");
		assertThat(assets.findPageImage(document, 3)).isEmpty();
		this.elements.deleteFromPage(document, 2);
		assertThat(assets.find(document, "p2")).as("a partial page's images go with it").isEmpty();
		this.documents.addNote(document, "no speech recognizer: audio not transcribed");
		this.documents.addNote(document, "no speech recognizer: audio not transcribed");
		assertThat(this.documents.findById(document)).get()
			.extracting(Document::notes)
			.isEqualTo(List.of("no speech recognizer: audio not transcribed"));

		SourceLocation location = SourceLocation.of(page1);
		assertThat(location.regions()).containsExactly(new PageRegion(1, box, "p1"));
		assertThat(location.time()).isEqualTo(time);
		StoredChunk chunk = chunk(document, upload.document().collectionId(), 0);
		StoredChunk located = new StoredChunk(chunk.id(), chunk.documentId(), chunk.collectionId(), chunk.ordinal(),
				chunk.text(), chunk.tokenCount(), chunk.pageStart(), chunk.pageEnd(), chunk.headingPath(), chunk.kind(),
				chunk.metadata(), chunk.embedding(), location);
		this.chunks.replaceForDocument(document, List.of(located));
		assertThat(this.chunks.findByDocument(document)).singleElement()
			.satisfies((stored) -> assertThat(stored.location()).isEqualTo(location));
	}

	private MediaAsset asset(String key, int page, @Nullable TimeSpan time) {
		byte[] bytes = new byte[64];
		this.random.nextBytes(bytes);
		return new MediaAsset(key, (time != null) ? AssetKind.FRAME : AssetKind.PAGE_IMAGE, page, null, time,
				"image/png", 640, 480, this.random.nextLong(), bytes);
	}

	@Test
	void chunksAreReplacedPerDocumentWithTheirEmbeddings() {
		StoredUpload upload = upload("c");
		long document = upload.document().id();
		long collection = upload.document().collectionId();
		List<StoredChunk> first = List.of(chunk(document, collection, 0), chunk(document, collection, 1),
				chunk(document, collection, 2));
		this.chunks.replaceForDocument(document, first);
		assertThat(this.chunks.findByDocument(document)).usingRecursiveFieldByFieldElementComparator()
			.containsExactlyElementsOf(first);
		List<StoredChunk> second = List.of(first.get(0), chunk(document, collection, 5));
		this.chunks.replaceForDocument(document, second);
		assertThat(this.chunks.countByDocument(document)).isEqualTo(2);
		assertThat(this.chunks.findByIds(List.of(first.get(0).id(), second.get(1).id(), first.get(1).id(), "nope")))
			.usingRecursiveFieldByFieldElementComparator()
			.containsExactlyInAnyOrderElementsOf(second);
		assertThat(this.chunks.findByIds(List.of())).isEmpty();
		assertThat(this.collections.stats(collection).chunks()).isEqualTo(2);
	}

	@Test
	void indexableChunksAreThoseOfReadyDocuments() {
		StoredUpload ready = upload("c");
		long collection = ready.document().collectionId();
		StoredUpload pending = this.documents.insertWithJob(newDocument(collection, bytes(77), Map.of()));
		List<StoredChunk> readyChunks = new ArrayList<>();
		for (int i = 0; i < 7; i++) {
			readyChunks.add(chunk(ready.document().id(), collection, i));
		}
		this.chunks.replaceForDocument(ready.document().id(), readyChunks);
		this.chunks.replaceForDocument(pending.document().id(), List.of(chunk(pending.document().id(), collection, 0)));
		this.documents.markReady(ready.document().id(), 1, 7);
		assertThat(this.chunks.countIndexable()).isEqualTo(7);
		List<Integer> batchSizes = new ArrayList<>();
		List<StoredChunk> streamed = new ArrayList<>();
		this.chunks.forEachIndexable(3, (batch) -> {
			batchSizes.add(batch.size());
			streamed.addAll(batch);
		});
		assertThat(batchSizes).containsExactly(3, 3, 1);
		assertThat(streamed).usingRecursiveFieldByFieldElementComparator()
			.containsExactlyInAnyOrderElementsOf(readyChunks);
	}

	@Test
	void concurrentWorkersNeverClaimTheSameJob() throws Exception {
		long collection = collection("c");
		int total = 30;
		for (int i = 0; i < total; i++) {
			this.documents.insertWithJob(newDocument(collection, bytes(100 + i), Map.of()));
		}
		Set<Long> claimed = ConcurrentHashMap.newKeySet();
		List<Long> all = Collections.synchronizedList(new ArrayList<>());
		int workers = 4;
		CyclicBarrier start = new CyclicBarrier(workers);
		try (ExecutorService pool = Executors.newFixedThreadPool(workers)) {
			List<Future<?>> running = new ArrayList<>();
			for (int w = 0; w < workers; w++) {
				String worker = "worker-" + w;
				running.add(pool.submit(() -> {
					start.await();
					Optional<IngestJob> job;
					while ((job = this.jobs.claimNext(worker, Duration.ofMinutes(5))).isPresent()) {
						all.add(job.get().id());
						claimed.add(job.get().id());
					}
					return null;
				}));
			}
			for (Future<?> future : running) {
				future.get();
			}
		}
		assertThat(all).as("claims").hasSize(total).doesNotHaveDuplicates();
		assertThat(claimed).hasSize(total);
		assertThat(this.jobs.claimNext("late", Duration.ofMinutes(5))).isEmpty();
		assertThat(count("SELECT count(*) FROM ingest_job WHERE attempts = 1 AND worker_id IS NOT NULL"))
			.isEqualTo(total);
	}

	@Test
	void aStaleJobIsClaimedAgain() {
		StoredUpload upload = upload("c");
		long job = upload.job().id();
		IngestJob first = this.jobs.claimNext("node-a", Duration.ofMinutes(5)).orElseThrow();
		assertThat(first.id()).isEqualTo(job);
		assertThat(first.attempts()).isEqualTo(1);
		this.jobs.progress(job, JobState.PARSING, 2, 10);
		assertThat(this.jobs.claimNext("node-b", Duration.ofMinutes(5))).as("node-a is alive").isEmpty();
		// node-a crashes: its heartbeat gets old.
		this.jdbc.sql("UPDATE ingest_job SET heartbeat_at = now() - interval '10 minutes' WHERE id = ?")
			.param(job)
			.update();
		IngestJob second = this.jobs.claimNext("node-b", Duration.ofMinutes(5)).orElseThrow();
		assertThat(second.id()).isEqualTo(job);
		assertThat(second.attempts()).isEqualTo(2);
		assertThat(second.state()).isEqualTo(JobState.PARSING);
		assertThat(second.pagesDone()).as("the checkpoint survives").isEqualTo(2);
		this.jobs.release(job);
		IngestJob third = this.jobs.claimNext("node-c", Duration.ofMinutes(5)).orElseThrow();
		assertThat(third.state()).isEqualTo(JobState.QUEUED);
		assertThat(third.attempts()).isEqualTo(3);
		this.jobs.fail(job, "parser crashed");
		assertThat(this.jobs.findById(job).map(IngestJob::error)).contains("parser crashed");
		this.jdbc.sql("UPDATE ingest_job SET heartbeat_at = now() - interval '1 hour'").update();
		assertThat(this.jobs.claimNext("node-d", Duration.ofMinutes(5))).as("failed jobs stay failed").isEmpty();
	}

	@Test
	void completedJobsAreNotClaimed() {
		StoredUpload upload = upload("c");
		long job = this.jobs.claimNext("w", Duration.ZERO).orElseThrow().id();
		this.jobs.complete(job);
		assertThat(this.jobs.findById(job).map(IngestJob::state)).contains(JobState.DONE);
		assertThat(this.jobs.claimNext("w", Duration.ZERO)).isEmpty();
		assertThat(upload.job().id()).isEqualTo(job);
	}

	@Test
	void deletingADocumentRemovesEverythingOfIt() throws IOException {
		StoredUpload upload = upload("c");
		long document = upload.document().id();
		long collection = upload.document().collectionId();
		this.elements.savePage(document, upload.job().id(), 1, 1,
				List.of(new Element(0, ElementKind.TEXT, "text", 1, List.of(), 0, null)),
				List.of(asset("p1", 1, null)));
		this.chunks.replaceForDocument(document, List.of(chunk(document, collection, 0)));
		StoredUpload kept = this.documents.insertWithJob(newDocument(collection, bytes(5), Map.of()));
		assertThat(this.documents.delete(document)).isTrue();
		assertThat(this.documents.delete(document)).isFalse();
		assertThat(this.documents.findById(document)).isEmpty();
		assertThat(this.elements.findByDocument(document)).isEmpty();
		assertThat(count("SELECT count(*) FROM media_asset")).isZero();
		assertThat(this.chunks.countByDocument(document)).isZero();
		assertThat(this.jobs.findById(upload.job().id())).isEmpty();
		assertThat(count("SELECT count(*) FROM document_content WHERE document_id = " + document)).isZero();
		assertThat(this.documents.findById(kept.document().id())).isPresent();
		assertThat(this.collections.delete(collection)).isTrue();
		assertThat(count("SELECT count(*) FROM document")).isZero();
		assertThat(count("SELECT count(*) FROM ingest_job")).isZero();
	}

	protected long collection(String name) {
		return this.collections.create(name, Language.ENGLISH, "general").id();
	}

	protected StoredUpload upload(String collectionName) {
		return this.documents.insertWithJob(newDocument(collection(collectionName), bytes(64), Map.of()));
	}

	protected StoredChunk chunk(long document, long collection, int ordinal) {
		float[] embedding = new float[8];
		for (int i = 0; i < embedding.length; i++) {
			embedding[i] = this.random.nextFloat() - 0.5f;
		}
		return new StoredChunk(document + "-" + ordinal + "-" + Integer.toHexString(this.random.nextInt()), document,
				collection, ordinal, "chunk " + ordinal + " text", 3, 1 + ordinal, 2 + ordinal, List.of("H1", "H2"),
				(ordinal % 2 == 0) ? ChunkContentKind.TEXT : ChunkContentKind.TABLE, Map.of("year", "2024"), embedding);
	}

	protected long count(String sql) {
		return this.jdbc.sql(sql).query(Long.class).single();
	}

	protected byte[] bytes(int size) {
		byte[] bytes = new byte[size];
		this.random.nextBytes(bytes);
		return bytes;
	}

	protected static NewDocument newDocument(long collection, byte[] content, Map<String, String> metadata) {
		return new NewDocument(collection, "Report", "report.pdf", "application/pdf", sha256(content), "general",
				metadata, content);
	}

	private static String sha256(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
