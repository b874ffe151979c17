/**
 * Implementation details of the NewStore webhooks module. Do not use these types from application
 * code: they are public only for the module's own packages and change without notice.
 */
@NullMarked
package com.newstore.sdk.webhooks.internal;

import org.jspecify.annotations.NullMarked;
