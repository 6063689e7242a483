package org.cordon.simulation.report;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Escaping and number formatting for the HTML report. */
final class Html {
  private Html() {}

  /**
   * Escapes text for an HTML element or a quoted attribute value: {@code & < > " '}, and drops
   * control characters other than tab and newline (not allowed in XML).
   *
   * @param text any text
   * @return the escaped text
   */
  static String escape(String text) {
    StringBuilder b = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> b.append("&amp;");
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#39;");
        default -> {
          if (c >= 0x20 || c == '\n' || c == '\t') {
            b.append(c);
          }
        }
      }
    }
    return b.toString();
  }

  /**
   * A number as the report shows it: whole numbers without decimals, others rounded half-up to
   * two decimals with trailing zeros dropped ({@code 19.5}, {@code 12.45}, {@code 0.9}).
   *
   * @param value a finite number
   * @return the text; "n/a" for NaN or infinities
   */
  static String number(double value) {
    if (!Double.isFinite(value)) {
      return "n/a";
    }
    BigDecimal d = BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
    if (d.signum() == 0) {
      return "0";
    }
    return d.scale() <= 0 ? d.toBigInteger().toString() : d.toPlainString();
  }

  /**
   * A model input as the report shows it: at most four significant digits, no exponent, trailing
   * zeros dropped ({@code 0.004}, {@code 0.022}, {@code 1.621}, {@code 14}).
   *
   * @param value a number
   * @return the text; "n/a" for NaN or infinities
   */
  static String value(double value) {
    if (!Double.isFinite(value)) {
      return "n/a";
    }
    BigDecimal d = new BigDecimal(value).round(new java.math.MathContext(4, RoundingMode.HALF_UP)).stripTrailingZeros();
    return d.signum() == 0 ? "0" : d.toPlainString();
  }
}
