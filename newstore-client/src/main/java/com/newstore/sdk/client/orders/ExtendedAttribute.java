package com.newstore.sdk.client.orders;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * One {@code extended_attributes} entry of an injected order or item: a name and a string value.
 * NewStore accepts at most 100 per order and per item.
 *
 * <pre>{@code
 * ExtendedAttribute source = new ExtendedAttribute("source_system", "oms-eu");
 * }</pre>
 *
 * @param name {@code name}, 1 to 100 characters
 * @param value {@code value}, at most 8192 characters
 */
public record ExtendedAttribute(
    @NotNull @Size(min = 1, max = 100) String name, @NotNull @Size(max = 8192) String value) {}
