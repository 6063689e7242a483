package org.cordon.simulation.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlTest {
  @Test
  void markupCharactersAreEscapedAndControlCharactersDropped() {
    assertThat(Html.escape("a<b>&\"c\" 'd'\u0007\n")).isEqualTo("a&lt;b&gt;&amp;&quot;c&quot; &#39;d&#39;\n");
  }

  @Test
  void tableNumbersShowAtMostTwoDecimals() {
    assertThat(Html.number(20.0)).isEqualTo("20");
    assertThat(Html.number(19.5)).isEqualTo("19.5");
    assertThat(Html.number(12.449)).isEqualTo("12.45");
    assertThat(Html.number(-0.001)).isEqualTo("0");
    assertThat(Html.number(Double.NaN)).isEqualTo("n/a");
  }

  @Test
  void smallParameterValuesKeepTheirSignificantDigits() {
    assertThat(Html.value(0.004)).isEqualTo("0.004");
    assertThat(Html.value(0.022)).isEqualTo("0.022");
    assertThat(Html.value(1.621)).isEqualTo("1.621");
    assertThat(Html.value(14.0)).isEqualTo("14");
    assertThat(Html.value(0.0)).isEqualTo("0");
    assertThat(Html.value(123456.0)).isEqualTo("123500");
  }
}
