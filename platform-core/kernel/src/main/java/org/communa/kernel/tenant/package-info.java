/** The tenant (organisation) identity that travels with every piece of work. */
package org.communa.kernel.tenant;
