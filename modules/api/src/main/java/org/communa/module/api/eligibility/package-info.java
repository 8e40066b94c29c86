/**
 * Who may take part: the verifications an organisation configures once and every module reads through
 * the SDK ({@link org.communa.module.api.HostServices#eligibility()}), instead of keeping lists of its own.
 * A verification says which method proved it ({@link Verification#CENSUS}, and those still to come: an
 * e-mail domain, a single-use code handed out in person, a single sign-on claim, a declared postcode, an
 * identity document checked by an admin), for which scope, until when, and a pseudonymous voter key that
 * is the same for one person whatever the channel (online, a paper ballot typed in by an officer), so that
 * a module can count one vote per person without knowing who it is.
 */
@Export
@Version("1.0.0")
package org.communa.module.api.eligibility;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
