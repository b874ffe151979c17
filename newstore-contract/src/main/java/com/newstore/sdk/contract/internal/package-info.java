/** Implementation of the contract validator; not part of the public API. */
@NullMarked
package com.newstore.sdk.contract.internal;

import org.jspecify.annotations.NullMarked;
