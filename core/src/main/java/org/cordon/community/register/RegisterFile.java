package org.cordon.community.register;

import java.util.List;

/**
 * The files of a register folder, in the order they are read (parents before children), with
 * their required columns. Every file has a dense id column {@code id} (0..n-1, rows in any order);
 * further columns are allowed and ignored. An empty cell means "none" where a column allows it.
 */
public enum RegisterFile {
  /** Zones (战区): {@code id,name}. */
  ZONES("zones.csv", "id", "name"),
  /** Grids (网格): {@code id,zone,name}. */
  GRIDS("grids.csv", "id", "zone", "name"),
  /** Responsibility units (责任单元): {@code id,grid,name}. */
  RESPONSIBILITY_UNITS("responsibility_units.csv", "id", "grid", "name"),
  /** Areas (片区): {@code id,name}. */
  AREAS("areas.csv", "id", "name"),
  /** Compounds (小区): {@code id,name,kind,responsibility_unit,area}; kind is a {@link org.cordon.community.CompoundKind}. */
  COMPOUNDS("compounds.csv", "id", "name", "kind", "responsibility_unit", "area"),
  /** Buildings (楼栋): {@code id,compound,name}. */
  BUILDINGS("buildings.csv", "id", "compound", "name"),
  /** Households (户): {@code id,building}. */
  HOUSEHOLDS("households.csv", "id", "building"),
  /** Workplaces: {@code id,name,compound}; compound empty when outside the community. */
  WORKPLACES("workplaces.csv", "id", "name", "compound"),
  /** Checkpoints (卡口): {@code id,name,compound}; compound empty for the community boundary. */
  CHECKPOINTS("checkpoints.csv", "id", "name", "compound"),
  /**
   * Residents: {@code id,household,building,compound,workplace,age,sex,returnee_origin,arrival_date};
   * building and compound must match the household's (or be empty); workplace, returnee_origin and
   * arrival_date are empty where not applicable.
   */
  RESIDENTS(
      "residents.csv",
      "id",
      "household",
      "building",
      "compound",
      "workplace",
      "age",
      "sex",
      "returnee_origin",
      "arrival_date");

  private final String fileName;
  private final List<String> columns;

  RegisterFile(String fileName, String... columns) {
    this.fileName = fileName;
    this.columns = List.of(columns);
  }

  /** @return the file name, e.g. {@code residents.csv} */
  public String fileName() {
    return fileName;
  }

  /** @return the required columns, in the order the writer writes them */
  public List<String> columns() {
    return columns;
  }
}
