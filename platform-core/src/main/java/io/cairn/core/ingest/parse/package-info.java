@NullMarked
package io.cairn.core.ingest.parse;

import org.jspecify.annotations.NullMarked;
