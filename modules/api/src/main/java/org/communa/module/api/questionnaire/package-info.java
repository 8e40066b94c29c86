/**
 * Questionnaires that modules share instead of each writing its own form builder: a survey, a meeting's
 * registration form, a proposal template. A questionnaire is sections of typed questions (short and long
 * text, single and multiple choice with "other", matrix, ranking, numeric scale), required or not, shown
 * on a condition on an earlier answer. It is read from JSON ({@link Questionnaire#parse}), checked as a
 * whole, and checks answers ({@link Questionnaire#check}); answers travel as JSON in the API and as form
 * fields in pages ({@link AnswerForms}); the theme's partial {@code partials/questionnaire} renders
 * {@link Questionnaire#view} so that every module's forms look and behave the same.
 *
 * @since 1.4
 */
@Export
@Version("1.1.0")
package org.communa.module.api.questionnaire;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
