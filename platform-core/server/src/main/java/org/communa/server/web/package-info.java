/**
 * The page layer: server-rendered HTML with Pebble templates looked up organisation override → theme →
 * parent theme → default (module templates too), message bundles per language, organisation branding as
 * CSS custom properties, forms with CSRF tokens, and a strict Content-Security-Policy. Works without
 * JavaScript.
 */
package org.communa.server.web;
