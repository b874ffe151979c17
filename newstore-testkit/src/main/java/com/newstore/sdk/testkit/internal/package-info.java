/**
 * Implementation details of the NewStore test kit: the simulator's HTTP server, routes, state and
 * rules. Do not use these types from application or test code: they are public only so the test
 * kit's own classes can share them, and they change without notice.
 */
@NullMarked
package com.newstore.sdk.testkit.internal;

import org.jspecify.annotations.NullMarked;
