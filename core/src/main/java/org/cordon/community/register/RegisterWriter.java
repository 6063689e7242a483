package org.cordon.community.register;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.cordon.community.Area;
import org.cordon.community.Building;
import org.cordon.community.Checkpoint;
import org.cordon.community.Community;
import org.cordon.community.Compound;
import org.cordon.community.Grid;
import org.cordon.community.Household;
import org.cordon.community.ResponsibilityUnit;
import org.cordon.community.ReturneeOrigin;
import org.cordon.community.Workplace;
import org.cordon.community.Zone;

/**
 * Writes a {@link Community} as a register folder: one CSV file per entity ({@link RegisterFile}),
 * UTF-8, a header row, rows in id order, empty cells for "none". {@link RegisterReader} reads it
 * back into an equal community.
 *
 * <pre>{@code
 * RegisterWriter.write(JinshaSynthesizer.jinsha2020(1), Path.of("out/jinsha"));
 * }</pre>
 */
public final class RegisterWriter {
  private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setRecordSeparator('\n').get();

  private RegisterWriter() {}

  /**
   * Writes every register file into {@code dir} (created if absent), replacing files of the same
   * names. Not atomic: a command line should write through a staging folder.
   *
   * @param community the community
   * @param dir the folder
   * @throws IOException if a file cannot be written
   */
  public static void write(Community community, Path dir) throws IOException {
    Files.createDirectories(dir);
    try (CSVPrinter p = printer(dir, RegisterFile.ZONES)) {
      for (Zone z : community.zones()) {
        p.printRecord(z.id(), z.name());
      }
    }
    try (CSVPrinter p = printer(dir, RegisterFile.GRIDS)) {
      for (Grid g : community.grids()) {
        p.printRecord(g.id(), g.zone(), g.name());
      }
    }
    try (CSVPrinter p = printer(dir, RegisterFile.RESPONSIBILITY_UNITS)) {
      for (ResponsibilityUnit u : community.responsibilityUnits()) {
        p.printRecord(u.id(), u.grid(), u.name());
      }
    }
    try (CSVPrinter p = printer(dir, RegisterFile.AREAS)) {
      for (Area a : community.areas()) {
        p.printRecord(a.id(), a.name());
      }
    }
    try (CSVPrinter p = printer(dir, RegisterFile.COMPOUNDS)) {
      for (Compound c : community.compounds()) {
        p.printRecord(c.id(), c.name(), c.kind().name(), c.responsibilityUnit(), c.area());
      }
    }
    try (CSVPrinter p = printer(dir, RegisterFile.BUILDINGS)) {
      for (Building b : community.buildings()) {
        p.printRecord(b.id(), b.compound(), b.name());
      }
    }
    try (CSVPrinter p = printer(dir, RegisterFile.HOUSEHOLDS)) {
      for (Household h : community.households()) {
        p.printRecord(h.id(), h.building());
      }
    }
    try (CSVPrinter p = printer(dir, RegisterFile.WORKPLACES)) {
      for (Workplace w : community.workplaces()) {
        p.printRecord(w.id(), w.name(), optional(w.compound()));
      }
    }
    try (CSVPrinter p = printer(dir, RegisterFile.CHECKPOINTS)) {
      for (Checkpoint c : community.checkpoints()) {
        p.printRecord(c.id(), c.name(), optional(c.compound()));
      }
    }
    // residents are numbers, enum names and dates only (never quoted): written directly, which is
    // several times faster than CSVPrinter for a million rows
    try (Writer out = Files.newBufferedWriter(dir.resolve(RegisterFile.RESIDENTS.fileName()), StandardCharsets.UTF_8)) {
      out.write(String.join(",", RegisterFile.RESIDENTS.columns()));
      out.write('\n');
      StringBuilder line = new StringBuilder(64);
      for (int r = 0; r < community.residentCount(); r++) {
        ReturneeOrigin origin = community.returneeOriginOf(r);
        LocalDate arrival = community.arrivalDateOf(r);
        int workplace = community.workplaceOf(r);
        line.setLength(0);
        line.append(r).append(',')
            .append(community.householdOf(r)).append(',')
            .append(community.buildingOf(r)).append(',')
            .append(community.compoundOf(r)).append(',');
        if (workplace != Community.NONE) {
          line.append(workplace);
        }
        line.append(',').append(community.ageOf(r)).append(',').append(community.sexOf(r).name()).append(',');
        if (origin != ReturneeOrigin.NONE) {
          line.append(origin.name());
        }
        line.append(',');
        if (arrival != null) {
          line.append(arrival);
        }
        line.append('\n');
        out.append(line);
      }
    }
  }

  private static CSVPrinter printer(Path dir, RegisterFile spec) throws IOException {
    Writer out = Files.newBufferedWriter(dir.resolve(spec.fileName()), StandardCharsets.UTF_8);
    return new CSVPrinter(out, FORMAT.builder().setHeader(spec.columns().toArray(String[]::new)).get());
  }

  private static Object optional(int id) {
    return id == Community.NONE ? "" : id;
  }
}
