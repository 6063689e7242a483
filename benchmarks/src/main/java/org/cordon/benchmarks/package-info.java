/** JMH benchmarks for Cordon, each with a baseline measured in the same run. */
package org.cordon.benchmarks;
