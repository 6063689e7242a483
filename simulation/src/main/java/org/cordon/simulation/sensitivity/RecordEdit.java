package org.cordon.simulation.sensitivity;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import org.cordon.InvalidInputException;

/**
 * A copy of a record with one {@code double} component changed, by the component's name (as the
 * scenario file reads them), through the record's canonical constructor, which validates it.
 */
final class RecordEdit {
  private RecordEdit() {}

  /**
   * @param record a record
   * @param component the name of one of its {@code double} components
   * @param value the new value
   * @param <R> the record's type
   * @return the copy
   * @throws IllegalArgumentException if there is no such {@code double} component
   * @throws InvalidInputException if the record rejects the value
   */
  static <R extends Record> R with(R record, String component, double value) {
    return with(record, component, double.class, value);
  }

  /**
   * A copy of {@code record} with one component of the given type replaced.
   *
   * @param record a record
   * @param component the name of one of its components
   * @param type the component's type
   * @param value the new value
   * @param <R> the record's type
   * @return the copy
   * @throws IllegalArgumentException if there is no such component of that type
   * @throws InvalidInputException if the record rejects the value
   */
  static <R extends Record> R with(R record, String component, Class<?> type, Object value) {
    RecordComponent[] cs = record.getClass().getRecordComponents();
    Object[] args = new Object[cs.length];
    Class<?>[] types = new Class<?>[cs.length];
    boolean found = false;
    try {
      for (int i = 0; i < cs.length; i++) {
        types[i] = cs[i].getType();
        if (cs[i].getName().equals(component) && cs[i].getType() == type) {
          args[i] = value;
          found = true;
        } else {
          args[i] = cs[i].getAccessor().invoke(record);
        }
      }
      if (!found) {
        throw new IllegalArgumentException(record.getClass().getSimpleName() + " has no " + type.getSimpleName() + " '"
            + component + "'");
      }
      @SuppressWarnings("unchecked")
      R copy = (R) record.getClass().getDeclaredConstructor(types).newInstance(args);
      return copy;
    } catch (InvocationTargetException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      throw new IllegalStateException(e.getCause());
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * @param type a record type
   * @param component a component's name
   * @return whether the record has a {@code double} component of that name
   */
  static boolean hasNumber(Class<? extends Record> type, String component) {
    for (RecordComponent c : type.getRecordComponents()) {
      if (c.getName().equals(component) && c.getType() == double.class) {
        return true;
      }
    }
    return false;
  }
}
