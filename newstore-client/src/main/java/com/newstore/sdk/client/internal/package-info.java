/**
 * Implementation details of the NewStore Java SDK. Do not use these types from application code:
 * they are public only so that the SDK's own modules can share them, and they change without
 * notice.
 */
@NullMarked
package com.newstore.sdk.client.internal;

import org.jspecify.annotations.NullMarked;
