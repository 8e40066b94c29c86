/**
 * Maps: the organisation's tile server (none by default), its scopes' outlines, and the Leaflet library the
 * instance serves itself. Modules give their points (SDK {@code Place}); the theme's map partial draws them.
 */
package org.communa.server.maps;
