@NullMarked
package io.cairn.api.ingest;

import org.jspecify.annotations.NullMarked;
