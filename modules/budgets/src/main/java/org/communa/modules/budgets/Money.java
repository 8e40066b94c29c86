package org.communa.modules.budgets;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.Locale;

/** Amounts as the reader writes them: "250 000 €" in French, "€250,000" in English; cents only when there are some. */
final class Money {

    private Money() {
    }

    static String format(BigDecimal amount, String currency, String language) {
        NumberFormat format = NumberFormat.getCurrencyInstance(Locale.forLanguageTag(language));
        try {
            format.setCurrency(Currency.getInstance(currency));
        } catch (IllegalArgumentException unknown) {
            // a code ISO 4217 does not know: the number, then the code as given
            NumberFormat plain = NumberFormat.getNumberInstance(Locale.forLanguageTag(language));
            plain.setMinimumFractionDigits(amount.stripTrailingZeros().scale() > 0 ? 2 : 0);
            return plain.format(amount) + " " + currency;
        }
        int digits = amount.stripTrailingZeros().scale() > 0 ? 2 : 0;
        format.setMinimumFractionDigits(digits);
        format.setMaximumFractionDigits(2);
        return format.format(amount);
    }
}
