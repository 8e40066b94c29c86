/**
 * The host side of the module SDK that does not need the application server: modules' SQL inside the
 * current organisation, their migrations with the table rules that keep isolation, and the platform's
 * HTML policy. The server and the SDK test kit both use it, so a module behaves the same in both.
 */
package org.communa.modulehost;
