/**
 * JMH benchmarks that pair every SDK operation with a hand-written OkHttp + Moshi baseline against
 * the same loopback server and payloads. Not published; run with {@code benchmarks/run}.
 */
@NullMarked
package com.newstore.sdk.benchmarks;

import org.jspecify.annotations.NullMarked;
