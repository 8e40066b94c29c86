/** Participatory spaces (processes with phases, assemblies), scopes and categories. */
package org.communa.server.spaces;
