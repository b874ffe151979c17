/**
 * Implementation details of the fulfillment provider module. Do not use these types from
 * application code: they are public only for the SDK's own modules and change without notice.
 */
@NullMarked
package com.newstore.sdk.fulfillment.internal;

import org.jspecify.annotations.NullMarked;
