package org.cordon.community.register;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import org.cordon.InvalidInputException;
import org.cordon.community.Community;
import org.cordon.community.CommunityBuilder;
import org.cordon.community.CompoundKind;
import org.cordon.community.ReturneeOrigin;
import org.cordon.community.Sex;
import org.cordon.internal.csv.CsvTable;
import org.cordon.internal.csv.Row;

/**
 * Reads a register folder (one CSV file per entity, see {@link RegisterFile}) into a {@link
 * Community}. A register written by {@link RegisterWriter} reads back into an equal community; a
 * planner's own register in the same format is read the same way. Rows may come in any order; ids
 * must be dense per file. Not thread-safe; use one reader per read.
 *
 * <pre>{@code
 * Community jinsha = RegisterReader.read(Path.of("out/jinsha"));
 * }</pre>
 */
public final class RegisterReader {
  private final Path dir;
  private final CommunityBuilder builder = Community.builder();

  private RegisterReader(Path dir) {
    this.dir = dir;
  }

  /**
   * @param dir the register folder
   * @return the community
   * @throws RegisterException naming file, line and field for a missing folder or file, an empty
   *     file, a missing column, a malformed row, a duplicate or missing id, a reference to a
   *     missing entity, a negative or non-numeric number, an unknown enum value, a bad date, a
   *     resident whose building or compound does not match the household, or a value the
   *     community model rejects (e.g. an age over 130, a duplicate name)
   */
  public static Community read(Path dir) {
    if (!Files.isDirectory(dir)) {
      throw new RegisterException(dir.toString(), 0, null, "register folder not found");
    }
    return new RegisterReader(dir).readAll();
  }

  private record Named(String name) {}

  private record Child(int parent, String name) {}

  private record CompoundRow(String name, CompoundKind kind, int unit, int area) {}

  private record ResidentRow(int household, int workplace, int age, Sex sex, ReturneeOrigin origin, LocalDate arrival) {}

  private Community readAll() {
    CommunityBuilder b = builder;
    int zones = table(RegisterFile.ZONES, r -> new Named(r.name("name")), z -> b.addZone(z.name()));
    int grids =
        table(
            RegisterFile.GRIDS,
            r -> new Child(reference(r, "zone", RegisterFile.ZONES, zones), r.name("name")),
            g -> b.addGrid(g.parent(), g.name()));
    int units =
        table(
            RegisterFile.RESPONSIBILITY_UNITS,
            r -> new Child(reference(r, "grid", RegisterFile.GRIDS, grids), r.name("name")),
            u -> b.addResponsibilityUnit(u.parent(), u.name()));
    int areas = table(RegisterFile.AREAS, r -> new Named(r.name("name")), a -> b.addArea(a.name()));
    int compounds =
        table(
            RegisterFile.COMPOUNDS,
            r ->
                new CompoundRow(
                    r.name("name"),
                    r.enumValue("kind", CompoundKind.class),
                    reference(r, "responsibility_unit", RegisterFile.RESPONSIBILITY_UNITS, units),
                    reference(r, "area", RegisterFile.AREAS, areas)),
            c -> b.addCompound(c.name(), c.kind(), c.unit(), c.area()));
    List<Child> buildingRows = new ArrayList<>();
    int buildings =
        table(
            RegisterFile.BUILDINGS,
            r -> new Child(reference(r, "compound", RegisterFile.COMPOUNDS, compounds), r.name("name")),
            x -> {
              b.addBuilding(x.parent(), x.name());
              buildingRows.add(x);
            });
    List<Integer> householdBuilding = new ArrayList<>();
    int households =
        table(
            RegisterFile.HOUSEHOLDS,
            r -> reference(r, "building", RegisterFile.BUILDINGS, buildings),
            h -> {
              b.addHousehold(h);
              householdBuilding.add(h);
            });
    int workplaces =
        table(
            RegisterFile.WORKPLACES,
            r -> new Child(optionalReference(r, "compound", RegisterFile.COMPOUNDS, compounds), r.name("name")),
            w -> b.addWorkplace(w.name(), w.parent()));
    table(
        RegisterFile.CHECKPOINTS,
        r -> new Child(optionalReference(r, "compound", RegisterFile.COMPOUNDS, compounds), r.name("name")),
        c -> b.addCheckpoint(c.name(), c.parent()));
    int[] buildingOfHousehold = householdBuilding.stream().mapToInt(Integer::intValue).toArray();
    int[] compoundOfBuilding = buildingRows.stream().mapToInt(Child::parent).toArray();
    int residents =
        table(
            RegisterFile.RESIDENTS,
            r -> resident(r, households, workplaces, buildingOfHousehold, compoundOfBuilding),
            x -> b.addResident(x.household(), x.age(), x.sex(), x.workplace(), x.origin(), x.arrival()));
    if (residents == 0) {
      throw new RegisterException(source(RegisterFile.RESIDENTS), 0, null, "no residents");
    }
    return b.build();
  }

  private static ResidentRow resident(
      Row r, int households, int workplaces, int[] buildingOfHousehold, int[] compoundOfBuilding) {
    int household = reference(r, "household", RegisterFile.HOUSEHOLDS, households);
    int building = buildingOfHousehold[household];
    if (!r.text("building").isEmpty() && r.count("building") != building) {
      throw r.error("building", "building " + r.count("building") + " does not match household " + household
          + ", which is in building " + building);
    }
    int compound = compoundOfBuilding[building];
    if (!r.text("compound").isEmpty() && r.count("compound") != compound) {
      throw r.error("compound", "compound " + r.count("compound") + " does not match household " + household
          + ", which is in compound " + compound);
    }
    int workplace = optionalReference(r, "workplace", RegisterFile.WORKPLACES, workplaces);
    int age = r.count("age");
    Sex sex = r.enumValue("sex", Sex.class);
    ReturneeOrigin origin =
        r.text("returnee_origin").isEmpty() ? ReturneeOrigin.NONE : r.enumValue("returnee_origin", ReturneeOrigin.class);
    return new ResidentRow(household, workplace, age, sex, origin, r.optionalDate("arrival_date").orElse(null));
  }

  /**
   * Reads one file: parses each row, checks the ids are dense, then adds the rows to the builder
   * in id order, turning the builder's rejections into errors at the row's line.
   *
   * @return the number of rows
   */
  private <T> int table(RegisterFile spec, Function<Row, T> parse, Consumer<T> add) {
    List<T> rows = new ArrayList<>();
    DenseIds ids = new DenseIds();
    CsvTable.read(
        dir.resolve(spec.fileName()),
        spec.columns(),
        RegisterException::new,
        row -> {
          ids.add(row.count("id"), row.line());
          rows.add(parse.apply(row));
        });
    int[] order = ids.order(source(spec));
    for (int id = 0; id < order.length; id++) {
      int row = order[id];
      try {
        add.accept(rows.get(row));
      } catch (RegisterException e) {
        throw e;
      } catch (InvalidInputException e) {
        String where = e.source();
        String field = where.contains(".") ? where.substring(where.lastIndexOf('.') + 1) : null;
        throw new RegisterException(source(spec), ids.line(row), field, e.problem(), e);
      }
    }
    return order.length;
  }

  /** @return an id of an entity of file {@code parent}, which has {@code size} rows */
  private static int reference(Row r, String column, RegisterFile parent, int size) {
    return r.reference(column, column.replace('_', ' '), parent.fileName(), size);
  }

  /** @return as {@link #reference}, or {@link Community#NONE} when the cell is empty */
  private static int optionalReference(Row r, String column, RegisterFile parent, int size) {
    return r.optionalReference(column, column.replace('_', ' '), parent.fileName(), size).orElse(Community.NONE);
  }

  private String source(RegisterFile spec) {
    return dir.resolve(spec.fileName()).toString();
  }
}
