package org.cordon.simulation.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.cordon.simulation.cli.CordonCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code daily.csv} is written through commons-csv: variant names with a comma or quotes come
 * back as one field each, and every row has as many fields as the header (a hand-written writer
 * gave a variant named {@code base,line} 23 fields under a 22-column header).
 */
class DailyCsvQuotingTest {
  @Test
  void aVariantNamedWithACommaAndQuotesRoundTripsThroughDailyCsv(@TempDir Path tmp) throws IOException {
    Path scenario = tmp.resolve("quoted.yaml");
    Files.writeString(scenario, String.join("\n",
        "name: quoted",
        "community: {preset: jinsha-2020, seed: 1, residents: 2000}",
        "start: 2020-01-10",
        "end: 2020-02-08",
        "variants:",
        "  - {name: 'a,\"b\"', jinsha: {honghua: 2020-01-15T13:00, community: never}}",
        "  - {name: 'base,line', jinsha: {honghua: never, community: never}}",
        ""));
    Path out = tmp.resolve("out");
    int exit = CordonCommand.commandLine().execute("compare", "--scenario", scenario.toString(), "--runs", "3",
        "--quiet", "--no-report", "--out", out.toString());
    assertThat(exit).isZero();

    List<CSVRecord> records = new ArrayList<>();
    List<String> header;
    try (Reader in = Files.newBufferedReader(out.resolve("daily.csv"), StandardCharsets.UTF_8);
        CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
      header = parser.getHeaderNames();
      parser.forEach(records::add);
    }
    assertThat(header).hasSize(22).startsWith("variant", "date").endsWith("guards_on_duty", "survey_coverage");
    assertThat(records).hasSize(2 * 30).allSatisfy(r -> assertThat(r.size()).isEqualTo(header.size()));
    assertThat(records.stream().map(r -> r.get("variant")).distinct()).containsExactly("a,\"b\"", "base,line");
    assertThat(Files.readString(out.resolve("daily.csv"))).contains("\n\"a,\"\"b\"\"\",2020-01-10,");
  }
}
