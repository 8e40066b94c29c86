/** The module host: embedded Felix, module bundles, and their system API. */
package org.communa.server.modules;
