package org.communa.module.testkit;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.communa.module.api.ModuleManifest;
import org.communa.module.api.settings.SettingDefinition;
import org.communa.module.api.settings.SettingType;

/**
 * Every setting a module declares is named for the admins who set it, in each language of the interface:
 * {@code MODULE.setting.KEY} and, for a choice, {@code MODULE.setting.KEY.CHOICE}, in the module's
 * {@code i18n/messages_LANG.properties}. Without them the admin page shows raw keys ("voting mode", "each").
 */
final class SettingNames {

    static final List<String> LANGUAGES = List.of("fr", "en", "ca", "es");

    private SettingNames() {
    }

    /** The keys missing, as "fr: budgets.setting.voting_mode.each"; none when every setting is named. */
    static List<String> missing(ModuleManifest manifest, ClassLoader loader) {
        List<String> missing = new ArrayList<>();
        List<SettingDefinition> settings = Stream.concat(manifest.globalSettings().stream(), manifest.phaseSettings().stream()).toList();
        for (String language : LANGUAGES) {
            Properties texts = bundle(loader, language);
            for (SettingDefinition setting : settings) {
                String key = manifest.key() + ".setting." + setting.key();
                List<String> keys = new ArrayList<>(List.of(key));
                if (setting.type() == SettingType.CHOICE) {
                    setting.choices().forEach(choice -> keys.add(key + "." + choice));
                }
                keys.stream().filter(k -> texts.getProperty(k, "").isBlank()).forEach(k -> missing.add(language + ": " + k));
            }
        }
        return missing;
    }

    private static Properties bundle(ClassLoader loader, String language) {
        Properties texts = new Properties();
        try (InputStream in = loader.getResourceAsStream("i18n/messages_" + language + ".properties")) {
            if (in != null) {
                texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the module's " + language + " messages: " + e.getMessage(), e);
        }
        return texts;
    }
}
