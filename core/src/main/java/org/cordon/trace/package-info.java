/**
 * Contact tracing (流调) over the contact graph: close contacts of a case under a {@link
 * org.cordon.trace.CloseContactRule} (密切接触者), contacts to depth k, many cases at once, and
 * clusters of linked cases. Start at {@link org.cordon.trace.ContactTracer}.
 *
 * <p>API. {@link org.cordon.trace.ContactTracer} is immutable and thread-safe (per-thread scratch
 * arrays); the search classes are package-private.
 */
package org.cordon.trace;
