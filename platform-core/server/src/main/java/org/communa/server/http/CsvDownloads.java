package org.communa.server.http;

import jakarta.ws.rs.core.Response;

/** A CSV answer that browsers save as a file of the given name. */
public final class CsvDownloads {

    private CsvDownloads() {
    }

    public static Response of(String csv, String fileName) {
        return Response.ok(csv).type("text/csv; charset=UTF-8").header("Content-Disposition", "attachment; filename=\"" + fileName + "\"")
                .build();
    }
}
