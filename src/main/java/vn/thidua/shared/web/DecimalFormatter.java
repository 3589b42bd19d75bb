package vn.thidua.shared.web;

import org.springframework.format.Formatter;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.ParseException;
import java.util.Locale;

/**
 * Points and thresholds in forms: shown with a decimal comma in Vietnamese, accepted with a
 * comma or a point in either language ("12,5" and "12.5" are the same number).
 */
public class DecimalFormatter implements Formatter<BigDecimal> {

    @Override
    public BigDecimal parse(String text, Locale locale) throws ParseException {
        String value = text.strip().replace(" ", "");
        if (value.isEmpty()) {
            return null;
        }
        if (value.indexOf(',') >= 0 && value.indexOf('.') >= 0) {
            throw new ParseException(text, 0);
        }
        try {
            return new BigDecimal(value.replace(',', '.'));
        } catch (NumberFormatException e) {
            throw new ParseException(text, 0);
        }
    }

    @Override
    public String print(BigDecimal number, Locale locale) {
        DecimalFormat format = new DecimalFormat("0.##", DecimalFormatSymbols.getInstance(locale));
        return format.format(number);
    }
}
