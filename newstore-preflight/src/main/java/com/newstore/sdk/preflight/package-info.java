/**
 * Checks a NewStore tenant against the prerequisites of the external OMS playbook: {@link
 * com.newstore.sdk.preflight.NewStorePreflight} for code, {@link
 * com.newstore.sdk.preflight.PreflightCommand} for the command line.
 */
@org.jspecify.annotations.NullMarked
package com.newstore.sdk.preflight;
