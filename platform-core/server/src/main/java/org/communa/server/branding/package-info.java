/** An organisation's look: its theme, and its own colours and font over the theme's, checked for legibility. */
package org.communa.server.branding;
