package org.communa.server.accounts;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;
import org.communa.kernel.problem.Problem;
import org.communa.server.persistence.TenantOwned;

/** A person's account in one organisation. Deleting it erases the person but keeps the row as "deleted participant". */
@Entity
@Table(name = "participants")
public class Participant extends TenantOwned {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s.]+(\\.[^@\\s.]+)+");
    public static final String DELETED_NAME = "Participant supprimé";

    @Id
    private UUID id;
    private String email;
    @Column(name = "email_normalised")
    private String emailNormalised;
    @Column(name = "display_name", nullable = false)
    private String displayName;
    @Column(name = "password_hash")
    private String passwordHash;
    @Column(nullable = false)
    private String locale;
    @Column(name = "confirmed_at")
    private OffsetDateTime confirmedAt;
    @Column(name = "deleted_at")
    private OffsetDateTime deletedAt;
    @Column(name = "blocked_at")
    private OffsetDateTime blockedAt;
    @Column(name = "email_notifications", nullable = false)
    private String emailNotifications = "daily";
    @Column(name = "newsletter_consent_at")
    private OffsetDateTime newsletterConsentAt;
    @Column(name = "terms_accepted_at")
    private OffsetDateTime termsAcceptedAt;

    protected Participant() {
    }

    public Participant(String email, String displayName, String passwordHash, String locale) {
        this.id = UUID.randomUUID();
        changeEmail(email);
        this.displayName = checkedName(displayName);
        this.passwordHash = passwordHash;
        this.locale = locale;
    }

    /** Signing up (again, before confirming) is accepting the terms: the latest acceptance is kept. */
    public void acceptTerms() {
        this.termsAcceptedAt = OffsetDateTime.now();
    }

    private static String checkedName(String displayName) {
        if (displayName == null || displayName.isBlank() || displayName.length() > 100) {
            throw Problem.badRequest("displayName is required (at most 100 characters)").explainedAs("problem.displayName");
        }
        return displayName.strip();
    }

    static String checkedLocale(String locale) {
        if (!org.communa.tenants.OrganisationSpec.SUPPORTED_LOCALES.contains(locale)) {
            throw Problem.badRequest("locale must be fr, en, ca or es").explainedAs("problem.locale");
        }
        return locale;
    }

    public void changeProfile(String newDisplayName, String newLocale) {
        this.displayName = checkedName(newDisplayName);
        this.locale = checkedLocale(newLocale);
    }

    /** Consent keeps its first date while it lasts: that date is the proof the GDPR asks for. */
    public void chooseContact(EmailFrequency frequency, boolean newsletter) {
        this.emailNotifications = frequency.name();
        if (!newsletter) {
            newsletterConsentAt = null;
        } else if (newsletterConsentAt == null) {
            newsletterConsentAt = OffsetDateTime.now();
        }
    }

    /** Addresses compare without case, so two spellings cannot make two accounts. */
    public static String normalise(String email) {
        if (email == null || email.length() > 254 || !EMAIL.matcher(email.strip()).matches()) {
            throw Problem.badRequest("email is not a valid e-mail address").explainedAs("problem.email");
        }
        return email.strip().toLowerCase(Locale.ROOT);
    }

    public final void changeEmail(String newEmail) {
        this.emailNormalised = normalise(newEmail);
        this.email = newEmail.strip();
    }

    public void confirm() {
        if (confirmedAt == null) {
            confirmedAt = OffsetDateTime.now();
        }
    }

    public void changePasswordHash(String hash) {
        this.passwordHash = hash;
    }

    /** GDPR erasure: nothing that identifies the person remains; the id stays so contributions stay anonymous. */
    public void erase() {
        this.email = null;
        this.emailNormalised = null;
        this.passwordHash = null;
        this.displayName = DELETED_NAME;
        this.emailNotifications = EmailFrequency.none.name();
        this.newsletterConsentAt = null;
        this.deletedAt = OffsetDateTime.now();
    }

    public UUID id() { return id; }
    public String email() { return email; }
    public String displayName() { return displayName; }
    public String passwordHash() { return passwordHash; }
    public String locale() { return locale; }
    public boolean confirmed() { return confirmedAt != null; }
    public OffsetDateTime confirmedAt() { return confirmedAt; }
    public boolean deleted() { return deletedAt != null; }
    public boolean blocked() { return blockedAt != null; }

    /** A moderator blocks an abusive account: it can no longer sign in; unblocking gives it back. */
    public void block(boolean blocked) {
        this.blockedAt = blocked ? (blockedAt == null ? OffsetDateTime.now() : blockedAt) : null;
    }

    public EmailFrequency emailNotifications() { return EmailFrequency.valueOf(emailNotifications); }
    public OffsetDateTime newsletterConsentAt() { return newsletterConsentAt; }
}
