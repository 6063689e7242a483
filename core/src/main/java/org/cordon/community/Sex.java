package org.cordon.community;

/** A resident's sex as recorded in a register. */
public enum Sex {
  FEMALE,
  MALE
}
