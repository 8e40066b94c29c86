package org.communa.modules.surveys;

import java.util.UUID;
import org.communa.module.api.DemoSeed;
import org.communa.module.api.data.ModuleData;

/**
 * An open survey for the demo (who you are, your campus only if you study, priorities, a scale and a
 * ranking), and a one-question poll that the fediverse sees as a Question, so that both can be tried at once.
 */
final class DemoSurveys implements DemoSeed {

    static final String CAMPUS_LIFE = """
            {"sections": [
              {"id": "vous", "title": "Vous", "description": "", "questions": [
                {"id": "statut", "type": "single_choice", "text": "Vous êtes", "required": true, "other": true,
                 "choices": [{"id": "etudiant", "label": "Étudiant·e"}, {"id": "personnel", "label": "Membre du personnel"}]},
                {"id": "campus", "type": "single_choice", "text": "Sur quel campus étudiez-vous ?", "required": true,
                 "choices": ["Campus Nord", "Campus Centre", "Campus Sud", "Campus du littoral"],
                 "showIf": {"question": "statut", "anyOf": ["etudiant"]}}]},
              {"id": "avis", "title": "Votre avis", "description": "", "questions": [
                {"id": "priorites", "type": "multiple_choice", "text": "Vos priorités pour la vie de campus", "maxChoices": 2,
                 "choices": ["Logement", "Transports", "Restauration", "Sport", "Culture"]},
                {"id": "satisfaction", "type": "scale", "text": "Êtes-vous satisfait·e de la vie sur votre campus ?", "min": 1, "max": 5,
                 "minLabel": "Pas du tout", "maxLabel": "Tout à fait"},
                {"id": "ordre", "type": "ranking", "text": "Classez ces projets", "choices": ["Une salle de travail ouverte le soir",
                 "Un atelier vélo", "Un potager partagé"]},
                {"id": "idee", "type": "long_text", "text": "Une idée à nous confier ?"}]}]}""";

    static final String POLL = """
            {"questions": [{"id": "horaire", "type": "single_choice", "text": "Quel horaire pour les ateliers ?", "required": true,
              "choices": ["En fin de journée", "À midi", "Le samedi matin"]}]}""";

    @Override
    public void seed(ModuleData data, UUID componentId, String spaceSlug) {
        data.write(sql -> {
            if (sql.first("select 1 from surveys_surveys where component_id = ?", componentId).isPresent()) {
                return null;
            }
            sql.update("insert into surveys_surveys (id, component_id, title, description, questionnaire, state, opened_at) "
                    + "values (?, ?, ?, ?, ?::jsonb, 'open', now())", UUID.randomUUID(), componentId, "Vivre sur nos campus",
                    "Dix minutes pour nous dire ce qui compte pour vous. Les réponses sont lues par l’équipe du projet.", CAMPUS_LIFE);
            sql.update("insert into surveys_surveys (id, component_id, title, description, questionnaire, anonymous, state, opened_at) "
                    + "values (?, ?, ?, ?, ?::jsonb, true, 'open', now())", UUID.randomUUID(), componentId, "Quel horaire pour les ateliers ?",
                    "Un sondage rapide et anonyme.", POLL);
            return null;
        });
    }

    /** The same surveys, found by the organisation's search. */
    @Override
    public void seed(ModuleData data, UUID componentId, String spaceSlug, java.util.List<UUID> demoParticipants,
            org.communa.module.api.participation.Participation participation) {
        seed(data, componentId, spaceSlug);
        SurveyIndex.indexAll(data, componentId, participation.search());
    }
}
