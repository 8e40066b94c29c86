package org.communa.server.federation;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.communa.federation.signatures.SignatureRefused;
import org.communa.kernel.problem.Problem;
import org.communa.kernel.tenant.TenantId;

/**
 * "Authorised fetch", as Mastodon calls it: an organisation may require every read of its ActivityPub
 * documents to be signed by a server it does not block, so that blocked servers cannot read them anonymously.
 */
@RequestScoped
public class AuthorizedFetch {

    private static final Logger LOG = Logger.getLogger(AuthorizedFetch.class.getName());

    @Inject FederationPolicies policies;
    @Inject IncomingRequests incoming;
    @Inject Federation federation;
    @Inject RemoteActors remoteActors;

    public void require(TenantId tenant) {
        FederationPolicies.Policy policy = policies.of(tenant);
        if (!policy.authorizedFetch()) {
            return;
        }
        try {
            var verified = federation.signatures().verify(incoming.current(new byte[0]), remoteActors.keyResolver(tenant));
            String refusal = policies.refusal(tenant, policy, verified.keyOwner());
            if (refusal != null) {
                throw Problem.forbidden(refusal);
            }
        } catch (SignatureRefused refused) {
            LOG.info("unsigned or badly signed fetch refused (authorised fetch): " + refused.getMessage());
            throw Problem.unauthorized("this organisation requires signed fetches (authorised fetch): " + refused.getMessage());
        }
    }
}
