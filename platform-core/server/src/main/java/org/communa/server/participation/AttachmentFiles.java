package org.communa.server.participation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.apache.tika.Tika;
import org.communa.kernel.persistence.TenantTransactions;
import org.communa.kernel.problem.Problem;
import org.communa.kernel.tenant.TenantId;
import org.communa.module.api.participation.AttachmentView;
import org.communa.server.accounts.Role;
import org.communa.server.platform.CommunaSettings;

/**
 * Stores and serves attachments. A file's type is read from its first bytes by Apache Tika (the name
 * and the browser's claim are ignored); only images and PDF pass. Files live under the organisation's
 * own directory, named by the attachment's id alone, so no name a participant chooses ever reaches a
 * path. The row is written only once the file is safely on disk.
 */
@ApplicationScoped
public class AttachmentFiles {

    static final Map<String, String> ALLOWED = Map.of("image/png", "png", "image/jpeg", "jpg", "image/gif", "gif",
            "image/webp", "webp", "application/pdf", "pdf");
    private final Tika tika = new Tika();

    @Inject CommunaSettings settings;
    @Inject TenantTransactions transactions;
    @Inject org.communa.server.platform.Platform platform;

    public record Stored(UUID id, String fileName, String contentType, long size, Path file) {
    }

    public AttachmentView store(ResourceTarget target, TenantId tenant, java.util.Set<Role> roles, String fileName, InputStream content) {
        UUID uploader = target.request().participantId().orElseThrow(() -> Problem.unauthorized("sign in first").explainedAs("problem.signIn"));
        if (!uploader.equals(target.info().authorId()) && !roles.contains(Role.admin)) {
            throw Problem.forbidden("only its author or an admin may attach files to this " + target.info().type())
                    .explainedAs("problem.attachment.author");
        }
        byte[] bytes = read(content);
        String type = tika.detect(bytes);
        if (!ALLOWED.containsKey(type)) {
            throw new Problem(415, "Unsupported media type", "only images (PNG, JPEG, GIF, WebP) and PDF files may be attached; "
                    + "this file is " + type).explainedAs("problem.attachment.type");
        }
        UUID id = UUID.randomUUID();
        String name = cleanName(fileName, ALLOWED.get(type));
        Path directory = AttachmentLayout.directory(settings.filesDirectory(), tenant.value());
        Path temporary;
        try {
            Files.createDirectories(directory);
            temporary = Files.createTempFile(directory, "upload-", ".part");
            Files.write(temporary, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot store an attachment in " + directory, e);
        }
        try {
            int limit = settings.attachmentsPerResource();
            hostData(target, tenant).write(sql -> {
                long existing = sql.first("select count(*) as n from attachments where component_id = ? and resource_type = ? "
                        + "and resource_id = ?", target.componentId(), target.info().type(), target.info().id()).orElseThrow().integer("n");
                if (existing >= limit) {
                    throw Problem.conflict("a " + target.info().type() + " has at most " + limit + " attachments")
                            .explainedAs("problem.attachment.count", limit);
                }
                sql.update("insert into attachments (id, component_id, resource_type, resource_id, uploaded_by, file_name, content_type, "
                        + "size_bytes, sha256) values (?, ?, ?, ?, ?, ?, ?, ?, ?)", id, target.componentId(), target.info().type(),
                        target.info().id(), uploader, name, type, (long) bytes.length, sha256(bytes));
                sql.recordAction("attach", target.info().type(), target.info().id());
                return null;
            });
            Files.move(temporary, AttachmentLayout.file(settings.filesDirectory(), tenant.value(), id), StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot store an attachment in " + directory, e);
        } finally {
            try {
                Files.deleteIfExists(temporary);
            } catch (IOException ignored) {
                // a leftover .part file is harmless and named by no row
            }
        }
        return new AttachmentView(id.toString(), name, type, bytes.length, "/attachments/" + id);
    }

    /** The attachments table is the host's: written as the host, in the organisation, never under the module's role. */
    private org.communa.modulehost.JdbcModuleData hostData(ResourceTarget target, TenantId tenant) {
        return platform.moduleConnections().host(tenant, new org.communa.modulehost.ActionContext(target.manifest().key(),
                target.componentId(), target.request().participantId().orElse(null)));
    }

    /** An attachment's file, and where it belongs: its space, component and resource, and whether moderators hid that resource. */
    public record Found(Stored stored, String spaceSlug, UUID componentId, String resourceType, String resourceId, boolean hidden) {
    }

    /** The attachment, if it belongs to the organisation (row-level security decides) and its file is there. */
    public Optional<Found> find(TenantId tenant, UUID id) {
        Optional<Object[]> row = transactions.inTenant(tenant, em -> em.createNativeQuery("""
                select a.file_name, a.content_type, a.size_bytes, s.slug, a.component_id::text, a.resource_type, a.resource_id,
                       rs.hidden_at is not null
                  from attachments a join components c on c.id = a.component_id join spaces s on s.id = c.space_id
                  left join resource_stats rs on rs.component_id = a.component_id and rs.resource_type = a.resource_type
                       and rs.resource_id = a.resource_id
                 where a.id = ?1""").setParameter(1, id).getResultList().stream().findFirst().map(r -> (Object[]) r));
        Path file = AttachmentLayout.file(settings.filesDirectory(), tenant.value(), id);
        return row.filter(r -> Files.isRegularFile(file)).map(r -> new Found(
                new Stored(id, (String) r[0], (String) r[1], ((Number) r[2]).longValue(), file),
                (String) r[3], UUID.fromString((String) r[4]), (String) r[5], (String) r[6], (Boolean) r[7]));
    }

    /** Its uploader or an admin removes an attachment of the resource. */
    public void delete(ResourceTarget target, TenantId tenant, java.util.Set<Role> roles, UUID attachmentId) {
        UUID asker = target.request().participantId().orElseThrow(() -> Problem.unauthorized("sign in first").explainedAs("problem.signIn"));
        hostData(target, tenant).write(sql -> {
            var row = sql.first("select uploaded_by from attachments where id = ? and component_id = ? and resource_type = ? "
                    + "and resource_id = ?", attachmentId, target.componentId(), target.info().type(), target.info().id())
                    .orElseThrow(() -> Problem.notFound("no attachment " + attachmentId + " on this " + target.info().type()));
            if (!asker.equals(row.uuid("uploaded_by")) && !roles.contains(Role.admin)) {
                throw Problem.forbidden("only its uploader or an admin may remove an attachment");
            }
            sql.update("delete from attachments where id = ?", attachmentId);
            sql.recordAction("detach", target.info().type(), target.info().id());
            return null;
        });
        try {
            Files.deleteIfExists(AttachmentLayout.file(settings.filesDirectory(), tenant.value(), attachmentId));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete attachment " + attachmentId, e);
        }
    }

    /** When an organisation is deleted its files go too: its directory, named by its id, holds nothing else. */
    public void removeOrganisation(UUID organisation) {
        Path directory = AttachmentLayout.directory(settings.filesDirectory(), organisation);
        if (!Files.isDirectory(directory)) {
            return;
        }
        try (var files = Files.walk(directory)) {
            for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete the files of organisation " + organisation, e);
        }
    }

    private byte[] read(InputStream content) {
        long max = settings.attachmentMaxBytes();
        try {
            byte[] bytes = content.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
            if (bytes.length > max) {
                throw new Problem(413, "Payload too large", "an attachment has at most " + max / (1024 * 1024) + " MB")
                        .explainedAs("problem.attachment.size", max / (1024 * 1024));
            }
            if (bytes.length == 0) {
                throw Problem.badRequest("the file is empty").explainedAs("problem.attachment.empty");
            }
            return bytes;
        } catch (IOException e) {
            throw Problem.badRequest("the file could not be read: " + e.getMessage());
        }
    }

    /** The name shown to readers: the participant's, without any path, control or odd characters, with the true extension. */
    static String cleanName(String given, String extension) {
        String name = given == null ? "" : given;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = Normalizer.normalize(name, Normalizer.Form.NFC).replaceAll("[\\p{Cntrl}\"<>|:*?]", "").strip();
        int dot = name.lastIndexOf('.');
        String stem = (dot > 0 ? name.substring(0, dot) : name).strip();
        if (stem.isEmpty() || stem.startsWith(".")) {
            stem = "fichier";
        }
        if (stem.length() > 150) {
            stem = stem.substring(0, 150);
        }
        return stem + "." + extension;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
