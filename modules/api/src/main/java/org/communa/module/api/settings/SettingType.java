package org.communa.module.api.settings;

/** The kinds of value a setting holds. */
public enum SettingType {
    BOOLEAN, INTEGER, TEXT, CHOICE
}
