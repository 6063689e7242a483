package org.cordon.community;

/** A resident's sex as recorded in a register. */
public enum Sex {
  /** Female (女). */
  FEMALE,
  /** Male (男). */
  MALE
}
