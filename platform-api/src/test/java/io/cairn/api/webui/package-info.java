/**
 * Browser tests of the web UI: Debian's Chromium driven by Playwright against the app on
 * a random port.
 */
@NullMarked
package io.cairn.api.webui;

import org.jspecify.annotations.NullMarked;
