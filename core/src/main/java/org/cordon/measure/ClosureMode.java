package org.cordon.measure;

/** How a closure (封闭管理) treats people at its gates. */
public enum ClosureMode {
  /** "In only, no one out" (只许进不许出): residents may not leave, others may still come in. */
  ENTRY_ONLY,
  /** No one in or out, except through the gates kept open for supplies. */
  FULL
}
