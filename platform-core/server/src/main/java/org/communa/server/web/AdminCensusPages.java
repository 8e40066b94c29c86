package org.communa.server.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import org.communa.kernel.problem.Problem;
import org.communa.server.http.RequestOrganisation;
import org.communa.server.verifications.Census;
import org.communa.server.verifications.CensusAdminResource;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** /admin/census: the census admins upload (SHA-256 lines), how many it holds, and how participants use it. */
@Path("admin/census")
@RequestScoped
@Consumes(MediaType.APPLICATION_FORM_URLENCODED)
public class AdminCensusPages {

    @Inject AdminGate gate;
    @Inject PageRenderer pages;
    @Inject RequestOrganisation organisation;
    @Inject Census census;

    @GET
    @Operation(hidden = true)
    public Response page(@QueryParam("entries") String entries) {
        return gate.asAdmin(() -> render(200, entries == null ? null : "admin.census.saved", null, Map.of()));
    }

    @POST
    @Operation(hidden = true)
    public Response upload(@FormParam("lines") String lines, @FormParam("identifiers") String identifiers,
            @FormParam("validUntil") String validUntil) {
        return gate.asAdmin(() -> {
            try {
                // identifiers typed as such become hashes here and are not kept; hashes pasted are taken as they are
                String all = (lines == null ? "" : lines) + "\n" + Census.hashed(identifiers);
                int entries = census.replace(organisation.tenant(), all, CensusAdminResource.until(validUntil));
                return Response.seeOther(URI.create("/admin/census?entries=" + entries)).build();
            } catch (Problem refused) {
                // what the admin pasted comes back with the reason, so that one bad line costs one fix, not a new paste
                return render(refused.status(), null, pages.refusal(refused), Map.of("lines", lines == null ? "" : lines,
                        "identifiers", identifiers == null ? "" : identifiers, "validUntil", validUntil == null ? "" : validUntil));
            }
        });
    }

    private Response render(int status, String notice, String problem, Map<String, String> sent) {
        Map<String, Object> model = new LinkedHashMap<>(sent);
        model.put("entries", census.size(organisation.tenant()));
        if (notice != null) {
            model.put("notice", notice);
        }
        if (problem != null) {
            model.put("problem", problem);
        }
        return pages.page(status, "pages/admin/census", model);
    }
}
