@NullMarked
package io.cairn.core.ingest;

import org.jspecify.annotations.NullMarked;
