/** Demo organisations for local runs. */
package org.communa.server.demo;
