/** Test support for the SDK's own tests (not published): an embedded PostgreSQL. */
package com.newstore.sdk.testing.postgres;
