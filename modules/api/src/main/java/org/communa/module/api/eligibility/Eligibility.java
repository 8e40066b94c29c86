package org.communa.module.api.eligibility;

import java.util.List;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The organisation's verifications, as one module request sees them: those the request's participant holds
 * (only valid ones: an expired verification is not held), proving one, and looking a person up by what an
 * officer typed in for them. Refusals are {@link org.communa.module.api.ModuleProblem}s that say why.
 */
@ProviderType
public interface Eligibility {

    /** The valid verifications of the request's participant (the e-mail one for every signed-in account); empty for a visitor. */
    List<Verification> held();

    /** The participant's valid verification by this method, if they hold one. */
    default Optional<Verification> held(String method) {
        return held().stream().filter(v -> v.method().equals(method)).findFirst();
    }

    /**
     * The request's participant proves a method with what they typed (the census: their identifier). 401 for a
     * visitor; 422 when the organisation does not know it (or it expired); 409 when another account already
     * proved it; 400 for a method a participant cannot prove by typing.
     */
    Verification prove(String method, String evidence);

    /**
     * The verification a person would hold by this evidence, without any account: an officer entering a paper
     * ballot types the voter's identifier. Empty when the organisation does not know it (or it expired).
     */
    Optional<Verification> lookUp(String method, String evidence);
}
