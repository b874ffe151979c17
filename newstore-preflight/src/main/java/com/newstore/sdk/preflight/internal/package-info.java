/**
 * Implementation of the preflight checks, reads and report formats. Not for users: anything here
 * may change in any release.
 */
@org.jspecify.annotations.NullMarked
package com.newstore.sdk.preflight.internal;
