/** Small runnable programs that embed Cordon. */
package org.cordon.examples;
