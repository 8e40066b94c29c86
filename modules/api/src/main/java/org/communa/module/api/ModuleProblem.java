package org.communa.module.api;

/**
 * A request the module refuses, with the HTTP status and a detail for the person who sent it. Thrown
 * from a route; the host answers it as an RFC 9457 problem like its own errors. It is not a fault of the
 * module and never counts towards quarantine.
 */
public class ModuleProblem extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private final int status;

    public ModuleProblem(int status, String detail) {
        super(detail);
        if (status < 400 || status > 499) {
            throw new IllegalArgumentException("a module problem is a 4xx answer, got " + status);
        }
        this.status = status;
    }

    public static ModuleProblem badRequest(String detail) { return new ModuleProblem(400, detail); }
    public static ModuleProblem unauthorized(String detail) { return new ModuleProblem(401, detail); }
    public static ModuleProblem forbidden(String detail) { return new ModuleProblem(403, detail); }
    public static ModuleProblem notFound(String detail) { return new ModuleProblem(404, detail); }
    public static ModuleProblem conflict(String detail) { return new ModuleProblem(409, detail); }

    public int status() { return status; }
}
