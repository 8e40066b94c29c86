package org.communa.server.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import org.communa.server.platform.CommunaSettings;

/**
 * The theme packs of the instance: those shipped in the server (themes/ of the source tree) and those
 * an operator adds in communa.themes.dir, which wins on a name clash and is read afresh on each lookup,
 * so a theme edited there shows on the next page load.
 */
@ApplicationScoped
public class Themes {

    private static final Logger LOG = Logger.getLogger(Themes.class.getName());
    @Inject CommunaSettings settings;
    private final Map<String, ThemePack> shipped = new LinkedHashMap<>();

    @PostConstruct
    void load() {
        try (InputStream index = resource("themes/themes.txt")) {
            for (String name : new String(index.readAllBytes(), StandardCharsets.UTF_8).split("\\s+")) {
                if (!name.isBlank()) {
                    try (InputStream properties = resource("themes/" + name + "/theme.properties")) {
                        shipped.put(name, ThemePack.read(name, properties));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("the shipped themes cannot be read", e);
        }
    }

    /** Every theme an organisation may pick. */
    public List<ThemePack> all() {
        Map<String, ThemePack> themes = new LinkedHashMap<>(shipped);
        Path dir = settings.themesDirectory();
        if (Files.isDirectory(dir)) {
            try (var entries = Files.list(dir)) {
                for (Path theme : entries.filter(p -> Files.isRegularFile(p.resolve("theme.properties"))).toList()) {
                    String name = theme.getFileName().toString();
                    try (InputStream properties = Files.newInputStream(theme.resolve("theme.properties"))) {
                        themes.put(name, ThemePack.read(name, properties));
                    } catch (IOException | RuntimeException e) {
                        LOG.warning("theme " + theme + " is not readable: " + e.getMessage());
                    }
                }
            } catch (IOException e) {
                LOG.warning("cannot list the themes directory " + dir + ": " + e.getMessage());
            }
        }
        return new ArrayList<>(themes.values());
    }

    public Optional<ThemePack> find(String name) {
        return all().stream().filter(t -> t.name().equals(name)).findFirst();
    }

    /** The theme, its parent, and so on to the default theme; an unknown theme falls back to the default. */
    public List<ThemePack> chain(String name) {
        List<ThemePack> chain = new ArrayList<>();
        Optional<ThemePack> current = find(name);
        while (current.isPresent() && chain.size() < 8 && !chain.contains(current.get())) {
            chain.add(current.get());
            current = current.get().parent() == null ? Optional.empty() : find(current.get().parent());
        }
        if (chain.isEmpty() || !chain.get(chain.size() - 1).name().equals(ThemePack.DEFAULT)) {
            chain.add(shipped.get(ThemePack.DEFAULT));
        }
        return chain;
    }

    /** The theme's colour tokens, those it lacks taken from its parents and the default theme. */
    public Map<String, String> palette(String theme) {
        Map<String, String> palette = new LinkedHashMap<>();
        chain(theme).forEach(pack -> pack.colours().forEach(palette::putIfAbsent));
        return palette;
    }

    /** A file of a theme pack (templates/..., assets/...), from the operator's directory first, then from the server. */
    public Optional<byte[]> file(String theme, String path) {
        if (path.contains("..") || path.startsWith("/")) {
            return Optional.empty();
        }
        Path local = settings.themesDirectory().resolve(theme).resolve(path);
        try {
            if (Files.isRegularFile(local)) {
                return Optional.of(Files.readAllBytes(local));
            }
            try (InputStream in = Themes.class.getClassLoader().getResourceAsStream("themes/" + theme + "/" + path)) {
                return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The first theme of the chain that has the file. */
    public Optional<byte[]> inherited(String theme, String path) {
        for (ThemePack pack : chain(theme)) {
            Optional<byte[]> found = file(pack.name(), path);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    private static InputStream resource(String name) throws IOException {
        InputStream in = Themes.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new IOException("missing resource " + name);
        }
        return in;
    }
}
