package app.masa.analysis.report;

import app.masa.i18n.SignedNumber;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.Locale;

/**
 * Numbers as the map's language writes them: grouping, decimal sign, percent and currency placement.
 * Not thread-safe, like the formats it holds: make one per report.
 */
public final class ReportNumbers {
    private final NumberFormat whole;
    private final NumberFormat oneDecimal;
    private final NumberFormat percent;
    private final NumberFormat money;

    public ReportNumbers(Locale locale, String currencyCode) {
        whole = NumberFormat.getIntegerInstance(locale);
        oneDecimal = NumberFormat.getNumberInstance(locale);
        oneDecimal.setMinimumFractionDigits(0);
        oneDecimal.setMaximumFractionDigits(1);
        percent = NumberFormat.getPercentInstance(locale);
        percent.setMaximumFractionDigits(1);
        money = NumberFormat.getCurrencyInstance(locale);
        money.setCurrency(Currency.getInstance(currencyCode));
    }

    public String count(long value) {
        return whole.format(value);
    }

    /** A share of conversions, which models split into fractions: one decimal at most. */
    public String credit(double value) {
        return oneDecimal.format(value);
    }

    /** 0.253 as "25.3%". */
    public String percent(double fraction) {
        return percent.format(fraction);
    }

    public String money(double amount) {
        return money.format(amount);
    }

    /**
     * A difference or an NPS, always with its sign: "+2", "−1", "0". A left-to-right mark goes before
     * the sign, so that in a Hebrew line the sign stays in front of its number.
     */
    public String signed(double value) {
        return SignedNumber.inText(value, oneDecimal);
    }
}
