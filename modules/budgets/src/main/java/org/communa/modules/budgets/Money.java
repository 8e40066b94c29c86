package org.communa.modules.budgets;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;

/** Amounts as the reader writes them ("250 000 EUR" in French, "250,000 EUR" in English). */
final class Money {

    private Money() {
    }

    static String format(BigDecimal amount, String currency, String language) {
        NumberFormat format = NumberFormat.getNumberInstance(Locale.forLanguageTag(language));
        format.setMinimumFractionDigits(amount.stripTrailingZeros().scale() > 0 ? 2 : 0);
        format.setMaximumFractionDigits(2);
        return format.format(amount) + " " + currency;
    }
}
