package org.communa.module.api.questionnaire;

/** One option of a question (a matrix's column or row): an id stable across edits, and its label. */
public record Choice(String id, String label) {
}
