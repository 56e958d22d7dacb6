package io.cairn.api.folder;

import io.cairn.api.config.ImportProperties;
import io.cairn.api.config.IngestProperties;
import io.cairn.core.ingest.IngestService;
import io.cairn.core.ingest.folder.FolderImportRoots;
import io.cairn.core.ingest.folder.FolderImporter;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Folder import, off unless {@code cairn.import.roots} names folders. */
@Configuration(proxyBeanMethods = false)
class FolderImportConfiguration {

	@Bean
	FolderImportRoots folderImportRoots(ImportProperties properties) {
		return new FolderImportRoots(properties.roots());
	}

	@Bean
	FolderImporter folderImporter(IngestService ingest, FolderImportRoots roots, ImportProperties properties,
			IngestProperties ingestProperties) {
		return new FolderImporter(ingest, roots, properties.maxFiles(), ingestProperties.maxFileSize().toBytes());
	}

}
