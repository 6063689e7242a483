/** JMH benchmarks for Cordon, each with a baseline measured in the same run. Not API. */
package org.cordon.benchmarks;
