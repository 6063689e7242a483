/**
 * Small runnable programs that embed Cordon through its public API only, each with a {@code main}
 * and a {@code run(..., PrintStream)} method the tests call: {@link
 * org.cordon.examples.TraceContactsExample} (register → close contacts), {@link
 * org.cordon.examples.WhatIfClosureExample} (a community built in code, sealing a compound on one
 * day versus another), {@link org.cordon.examples.TimelineStaffingExample} (a YAML timeline and its
 * staffing) and {@link org.cordon.examples.JinshaComparisonExample} (the Jinsha 2020 comparison).
 * Run one with {@code examples/run NAME}. Not API.
 */
package org.cordon.examples;
