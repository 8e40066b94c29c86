package org.communa.server.http;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.communa.kernel.problem.Problem;
import org.communa.server.platform.CommunaSettings;

/**
 * Refuses request bodies over communa.http.max-body-bytes with 413, whether declared up front by
 * Content-Length or discovered while reading a chunked body. Organisation imports have their own limit.
 */
@Provider
@PreMatching
@Priority(50)
public class BodySizeLimit implements ContainerRequestFilter {

    static final long IMPORT_LIMIT = 1024L * 1024 * 1024;
    @Inject CommunaSettings settings;

    @Override
    public void filter(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        // attachments have their own limit (checked again on the file itself), plus room for the multipart envelope
        long limit = path.endsWith("organisations/import") ? IMPORT_LIMIT
                : path.endsWith("/attachments") ? Math.max(settings.maxBodyBytes(), settings.attachmentMaxBytes() + 65_536)
                : settings.maxBodyBytes();
        if (request.getLength() > limit) {
            request.abortWith(Problems.response(413, "Payload too large",
                    "request body has " + request.getLength() + " bytes; the limit is " + limit));
            return;
        }
        request.setEntityStream(new Limited(request.getEntityStream(), limit));
    }

    private static final class Limited extends FilterInputStream {
        private final long limit;
        private long read;

        Limited(InputStream in, long limit) {
            super(in);
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) {
            read += n;
            if (read > limit) {
                throw new Problem(413, "Payload too large", "request body exceeds the limit of " + limit + " bytes");
            }
        }
    }
}
