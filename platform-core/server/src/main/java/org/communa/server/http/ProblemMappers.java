package org.communa.server.http;

import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.communa.kernel.problem.Problem;

/** Maps every failure to problem+json, so that no stack trace or container error page reaches a client. */
public final class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class.getName());

    private ProblemMappers() {
    }

    @Provider
    public static class ForProblem implements ExceptionMapper<Problem> {
        @Override
        public Response toResponse(Problem problem) {
            return Problems.response(problem.status(), problem.title(), problem.detail());
        }
    }

    /** The module SDK's refusals, thrown by the participation services outside a module's own dispatch. */
    @Provider
    public static class ForModuleProblem implements ExceptionMapper<org.communa.module.api.ModuleProblem> {
        @Override
        public Response toResponse(org.communa.module.api.ModuleProblem problem) {
            return Problems.response(problem.status(), titleOf(problem.status()), problem.getMessage());
        }
    }

    @Provider
    public static class ForDataConflict implements ExceptionMapper<org.communa.module.api.data.DataConflictException> {
        @Override
        public Response toResponse(org.communa.module.api.data.DataConflictException conflict) {
            return Problems.response(409, "Conflict", conflict.getMessage());
        }
    }

    static String titleOf(int status) {
        return switch (status) {
            case 400 -> "Invalid request";
            case 401 -> "Unauthorized";
            case 403 -> "Forbidden";
            case 404 -> "Not found";
            case 409 -> "Conflict";
            default -> "Refused";
        };
    }

    @Provider
    public static class ForMalformedJson implements ExceptionMapper<JsonException> {
        @Override
        public Response toResponse(JsonException e) {
            return Problems.response(400, "Malformed JSON", "the request body is not valid JSON: " + e.getMessage());
        }
    }

    @Provider
    public static class ForJsonBinding implements ExceptionMapper<JsonbException> {
        @Override
        public Response toResponse(JsonbException e) {
            return Problems.response(400, "Malformed JSON", "the request body does not match the expected shape: " + e.getMessage());
        }
    }

    @Provider
    public static class ForProcessing implements ExceptionMapper<ProcessingException> {
        @Override
        public Response toResponse(ProcessingException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            return Problems.response(400, "Unreadable request", "the request body cannot be read: " + cause.getMessage());
        }
    }

    @Provider
    public static class ForWebApplication implements ExceptionMapper<WebApplicationException> {
        @Override
        public Response toResponse(WebApplicationException e) {
            int status = e.getResponse().getStatus();
            if (status >= 500) {
                LOG.log(Level.SEVERE, "request failed", e);
            }
            Response.StatusType type = e.getResponse().getStatusInfo();
            String detail = status == 404 ? "no such resource" : e.getMessage();
            return Problems.response(status, type.getReasonPhrase(), detail);
        }
    }

    @Provider
    public static class ForEverythingElse implements ExceptionMapper<Throwable> {
        @Override
        public Response toResponse(Throwable e) {
            Problem problem = findProblem(e);
            if (problem != null) {
                return Problems.response(problem.status(), problem.title(), problem.detail());
            }
            Problem refusedData = DatabaseRefusals.of(e);
            if (refusedData != null) {
                LOG.log(Level.INFO, "request refused by the database: " + refusedData.detail());
                return Problems.response(refusedData.status(), refusedData.title(), refusedData.detail());
            }
            LOG.log(Level.SEVERE, "unexpected failure", e);
            return Problems.response(500, "Internal error", "an unexpected error occurred; it has been logged");
        }

        /** Use cases run inside lambdas and pools that may wrap what they throw. */
        private static Problem findProblem(Throwable e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof Problem problem) {
                    return problem;
                }
            }
            return null;
        }
    }
}
