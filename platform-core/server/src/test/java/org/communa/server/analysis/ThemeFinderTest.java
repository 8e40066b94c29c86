package org.communa.server.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Themes found in a labelled set of short French proposals written for this test (four clearly different
 * subjects, eight each, worded differently), stemmed by the local PostgreSQL's dictionaries.
 */
class ThemeFinderTest {

    static final Map<String, List<String>> LABELLED = ordered(
            "vélo", List.of(
                    "Créer une piste cyclable protégée sur l'avenue de la gare.",
                    "Des pistes cyclables continues entre le centre et le campus.",
                    "Installer des arceaux pour garer les vélos devant la bibliothèque.",
                    "Un parking à vélos sécurisé près de la gare.",
                    "Sécuriser les carrefours pour les cyclistes.",
                    "Des vélos en libre-service sur le campus.",
                    "Élargir la piste cyclable du boulevard, trop étroite pour les vélos.",
                    "Un atelier de réparation de vélos pour les cyclistes."),
            "arbres", List.of(
                    "Planter des arbres dans la cour de l'école pour faire de l'ombre.",
                    "Un jardin partagé avec des arbres fruitiers dans le parc.",
                    "Végétaliser la place du marché avec des arbres et des fleurs.",
                    "Créer un parc avec des arbres le long de la rivière.",
                    "Remplacer le béton de la cour par un jardin et des arbres.",
                    "Des fleurs et un potager dans le jardin du quartier.",
                    "Planter des haies et des arbres pour les oiseaux du parc.",
                    "Un jardin de fleurs ouvert à tous près de la mairie."),
            "éclairage", List.of(
                    "Éclairer la rue des écoles, trop sombre le soir.",
                    "Des lampadaires à LED pour l'éclairage public du quartier.",
                    "Améliorer l'éclairage du passage souterrain la nuit.",
                    "Un meilleur éclairage des trottoirs la nuit.",
                    "Réparer les lampadaires éteints de la rue.",
                    "Éteindre l'éclairage public après minuit pour économiser.",
                    "Des lampadaires dans la rue sombre derrière le gymnase.",
                    "Un éclairage de la rue qui s'allume quand on passe la nuit."),
            "cantine", List.of(
                    "Des repas bio à la cantine du lycée.",
                    "Moins de gaspillage alimentaire à la cantine.",
                    "Un repas végétarien chaque jour à la cantine.",
                    "Des produits locaux dans les repas de la cantine.",
                    "Baisser le prix du repas à la cantine universitaire.",
                    "Une cantine ouverte le soir pour les repas des étudiants.",
                    "Des fruits de saison dans les repas des enfants.",
                    "Composter les restes des repas de la cantine."));

    static Connection database;

    @SafeVarargs
    private static Map<String, List<String>> ordered(Object... pairs) {
        Map<String, List<String>> map = new java.util.LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            @SuppressWarnings("unchecked")
            List<String> texts = (List<String>) pairs[i + 1];
            map.put((String) pairs[i], texts);
        }
        return map;
    }

    @BeforeAll
    static void connect() throws Exception {
        database = DriverManager.getConnection("jdbc:postgresql://" + System.getProperty("communa.it.db.host", "127.0.0.1") + ":"
                + System.getProperty("communa.it.db.port", "5432") + "/postgres", System.getProperty("communa.it.db.admin", "postgres"), "");
    }

    @AfterAll
    static void disconnect() throws Exception {
        database.close();
    }

    /** In three different orders (the order texts arrive in must not decide the themes). */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(longs = {0, 1, 2})
    void clearlyDifferentSubjectsAreSeparatedIntoThemesNamedByTheirWords(long order) {
        List<String[]> all = new ArrayList<>();
        LABELLED.forEach((label, texts) -> texts.forEach(text -> all.add(new String[] {label, text})));
        if (order > 0) {
            java.util.Collections.shuffle(all, new java.util.Random(order));
        }
        List<Contribution> contributions = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        for (String[] item : all) {
            contributions.add(new Contribution("p" + contributions.size(), "proposal", item[1], "", "/p/" + contributions.size()));
            labels.add(item[0]);
        }
        ThemeFinder.Result result = ThemeFinder.find(new TermVectors(contributions, new SqlStemmer(database)), 8);

        // a subject may come out as two sub-themes (street lamps / lighting at night); subjects must never mix
        assertThat(result.themes()).hasSizeBetween(4, 6);
        int agreeing = 0;
        List<String> majorities = new ArrayList<>();
        for (ThemeFinder.Theme theme : result.themes()) {
            Map<String, Integer> count = new HashMap<>();
            theme.members().forEach(m -> count.merge(labels.get(m), 1, Integer::sum));
            Map.Entry<String, Integer> majority = count.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow();
            majorities.add(majority.getKey());
            agreeing += majority.getValue();
        }
        assertThat(majorities).as("every subject has its theme").containsAll(LABELLED.keySet());
        assertThat(agreeing + result.unclassified().size()).isEqualTo(32);
        assertThat(agreeing / 32.0).as("purity of the themes: " + result.themes()).isGreaterThanOrEqualTo(0.9);
        assertThat(result.themes().stream().flatMap(t -> t.words().stream()).toList())
                .contains("cantine", "eclairage").containsAnyOf("arbres", "jardin").containsAnyOf("velos", "cyclable", "piste");
        assertThat(result.nearDuplicates()).isEmpty();
    }

    @Test
    void theSameProposalWrittenTwiceIsANearDuplicateWhateverItsLanguage() {
        List<Contribution> contributions = new ArrayList<>();
        LABELLED.values().stream().flatMap(List::stream).forEach(text ->
                contributions.add(new Contribution("p" + contributions.size(), "proposal", text, "", "/p")));
        contributions.add(new Contribution("copy", "comment", "Créer des pistes cyclables protégées sur l'avenue de la gare !", "", "/c"));
        contributions.add(new Contribution("en1", "proposal", "More bike lanes near the station, protected bike lanes", "", "/e1"));
        contributions.add(new Contribution("en2", "proposal", "Protected bike lane near the station", "", "/e2"));
        ThemeFinder.Result result = ThemeFinder.find(new TermVectors(contributions, new SqlStemmer(database)), 8);
        List<String> pairs = result.nearDuplicates().stream()
                .map(p -> contributions.get(p.first()).id() + "~" + contributions.get(p.second()).id()).toList();
        assertThat(pairs).contains(contributions.get(LABELLED.get("vélo").isEmpty() ? 0 : indexOf(contributions,
                "Créer une piste cyclable protégée sur l'avenue de la gare.")).id() + "~copy");
        assertThat(pairs).as("English words stemmed as English: lanes and lane alike").contains("en1~en2");
    }

    private static int indexOf(List<Contribution> contributions, String title) {
        for (int i = 0; i < contributions.size(); i++) {
            if (contributions.get(i).title().equals(title)) {
                return i;
            }
        }
        throw new AssertionError(title);
    }
}
